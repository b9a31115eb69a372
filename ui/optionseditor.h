// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Reqscope {

/*!
 * The Options tab: timeouts, proxy, redirects, TLS, client certificate, user agent and every other WinHTTP
 * option (spec §4), each with the engine's default shown. Only values that differ from the default are stored
 * in RequestSpec::options, so saved requests stay short and follow future default changes.
 */
class OptionsEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsEditor)

public:
    explicit OptionsEditor(QWidget *parent = nullptr);
    ~OptionsEditor() override;

    void store(RequestSpec &spec) const;
    void load(const RequestSpec &spec);
    /// The User-Agent the engine sends when the request sets none (greyed in the Headers tab).
    QString userAgent() const;

Q_SIGNALS:
    void edited();

private:
    struct BoolOption
    {
        int id;
        bool defaultValue;
        QCheckBox *box;
    };
    struct IntOption
    {
        int id;
        int defaultValue;
        QSpinBox *spin;
    };
    struct FlagsOption
    {
        int id;
        int defaultValue;
        QList<QPair<int, QCheckBox *>> bits;
    };
    struct StringOption
    {
        int id;
        QLineEdit *edit;
    };

    QCheckBox *addBool(QFormLayout *form, int id, bool defaultValue, const QString &text);
    QSpinBox *addInt(QFormLayout *form, int id, int defaultValue, int min, int max, const QString &label);
    QLineEdit *addString(QFormLayout *form, int id, const QString &label, const QString &placeholder);
    QSpinBox *timeoutSpin(int value);
    void addFileChooser(QLineEdit *edit);
    void updateProxyFields();

    QList<BoolOption> m_bools;
    QList<IntOption> m_ints;
    QList<FlagsOption> m_flags;
    QList<StringOption> m_strings;
    QSpinBox *m_timeouts[4] = {};
    QComboBox *m_proxy = nullptr;
    QLineEdit *m_proxyServer = nullptr;
    QLineEdit *m_proxyBypass = nullptr;
    QLineEdit *m_clientCert = nullptr;
    QComboBox *m_autoLogon = nullptr;
};

} // namespace Reqscope
