// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QTabWidget>

namespace Reqscope {

class AuthEditor;
class BodyEditor;
class KeyValueTable;
class OptionsEditor;

/*!
 * The request tabs: Params, Headers, Body, Auth, Options. Method and URL live in the RequestBar; the window
 * joins both into a RequestSpec. Params and URL stay in step through setUrl()/paramsEdited().
 */
class RequestEditor : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestEditor)

public:
    explicit RequestEditor(QWidget *parent = nullptr);
    ~RequestEditor() override;

    /// Fills everything but method and URL.
    void store(RequestSpec &spec) const;
    void load(const RequestSpec &spec);
    /// The URL changed elsewhere: refresh the Params table from its query (keeps disabled rows).
    void setUrl(const QString &url);
    QList<KeyValue> params() const;
    BodyEditor *bodyEditor() const;
    KeyValueTable *paramsTable() const;
    KeyValueTable *headersTable() const;

Q_SIGNALS:
    void paramsEdited();
    void edited();

private:
    void updateDefaultHeaders();

    KeyValueTable *m_params;
    KeyValueTable *m_headers;
    BodyEditor *m_body;
    AuthEditor *m_auth;
    OptionsEditor *m_options;
};

} // namespace Reqscope
