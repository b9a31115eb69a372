// SPDX-License-Identifier: MIT
#pragma once

#include "collection.h"
#include "variableresolver.h"

#include <QObject>
#include <QString>

namespace Reqscope {

/*!
 * What `{{name}}` means in the window right now: the collection the edited request belongs to (if any), that
 * request's path in it, the active environment and the global variables. The window resolves a request through
 * resolver() before sending; the editor highlights against it; the environment picker sets environment().
 *
 * The collection is held by value (its lists are implicitly shared, so setting it is cheap). Whoever owns the
 * collection on disk calls setCollection() after loading or saving it, and adopts environmentsEdited().
 *
 * \code
 * context.setCollection(loaded.collection, dir);
 * context.setRequestPath(u"users/get-user"_s);
 * context.setEnvironment(u"staging"_s);
 * runner.start(context.resolver().apply(spec));
 * \endcode
 */
class VariableContext : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariableContext)

public:
    explicit VariableContext(QObject *parent = nullptr);

    /// \a directory: where the collection lives on disk (empty: not saved yet). Keeps the environment if the new
    /// collection has one of that name, else none is active.
    void setCollection(const Collection &collection, const QString &directory);
    /// No collection: only global variables resolve.
    void clearCollection();
    bool hasCollection() const;
    const Collection &collection() const;
    QString directory() const;

    /// The edited request's path in the collection ("folder/slug"); empty for a request that is not in it.
    void setRequestPath(const QString &path);
    QString requestPath() const;

    /// The active environment's name (empty: none). Unknown names select none.
    void setEnvironment(const QString &name);
    QString environment() const;
    /// Replaces the collection's environments (the editor saved them); emits environmentsEdited().
    void setEnvironments(const QList<Environment> &environments);

    void setGlobals(const VariableList &globals);
    VariableList globals() const;

    /// request > folder > collection > environment > global, for the current request.
    VariableResolver resolver() const;
    /// Values that must never be shown or stored: secret variables of every scope.
    QStringList secretValues() const;

Q_SIGNALS:
    /// Anything that changes what a name resolves to.
    void changed();
    /// A different collection (or none), or its environments changed: pickers refill.
    void collectionChanged();
    /// The environment editor saved new environments; the collection's owner should adopt them.
    void environmentsEdited(const QList<Reqscope::Environment> &environments);

private:
    Collection m_collection;
    QString m_directory;
    bool m_hasCollection = false;
    QString m_requestPath;
    QString m_environment;
    VariableList m_globals;
};

} // namespace Reqscope
