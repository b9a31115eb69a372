// SPDX-License-Identifier: MIT
#include "optionseditor.h"

#include "httprequest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
const QString defaultUserAgent = u"Mozilla/4.0 (compatible; Win32; WinHttp.WinHttpRequest.5)"_s;
}

OptionsEditor::OptionsEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *content = new QWidget;
    // Two columns of groups: the tab is wide and short, between the request bar and the response.
    auto *grid = new QGridLayout(content);
    int groups = 0;
    const auto group = [content, grid, &groups](const QString &title) {
        auto *box = new QGroupBox(title, content);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        grid->addWidget(box, groups / 2, groups % 2, Qt::AlignTop);
        ++groups;
        return form;
    };

    QFormLayout *timeouts = group(tr("Timeouts (0 = infinite)"));
    const QStringList timeoutLabels = { tr("Resolve:"), tr("Connect:"), tr("Send:"), tr("Receive:") };
    const int timeoutDefaults[4] = { 0, 60000, 30000, 30000 };
    for (int i = 0; i < 4; ++i) {
        m_timeouts[i] = timeoutSpin(timeoutDefaults[i]);
        m_timeouts[i]->setAccessibleName(timeoutLabels.at(i));
        timeouts->addRow(timeoutLabels.at(i), m_timeouts[i]);
    }

    QFormLayout *proxy = group(tr("Proxy"));
    m_proxy = new QComboBox(content);
    m_proxy->addItem(tr("From the environment (http_proxy, https_proxy, no_proxy)"), 0);
    m_proxy->addItem(tr("Direct, no proxy"), 1);
    m_proxy->addItem(tr("This proxy:"), 2);
    m_proxy->setAccessibleName(tr("Proxy mode"));
    m_proxyServer = new QLineEdit(content);
    m_proxyServer->setPlaceholderText(u"127.0.0.1:3128"_s);
    m_proxyServer->setAccessibleName(tr("Proxy server"));
    m_proxyBypass = new QLineEdit(content);
    m_proxyBypass->setPlaceholderText(u"<local>;*.example.com"_s);
    m_proxyBypass->setAccessibleName(tr("Proxy bypass list"));
    proxy->addRow(tr("Mode:"), m_proxy);
    proxy->addRow(tr("Server:"), m_proxyServer);
    proxy->addRow(tr("Bypass:"), m_proxyBypass);

    QFormLayout *redirects = group(tr("Redirects"));
    addBool(redirects, HttpRequest::EnableRedirects, true, tr("Follow redirects"));
    addInt(redirects, HttpRequest::MaxAutomaticRedirects, 10, 0, 1000, tr("Maximum redirects:"));
    addBool(redirects, HttpRequest::EnableHttpsToHttpRedirects, false, tr("Allow HTTPS → HTTP redirects"));

    QFormLayout *tls = group(tr("TLS"));
    FlagsOption ignore { HttpRequest::SslErrorIgnoreFlags, 0, {} };
    const QList<QPair<int, QString>> ignoreBits = { { 0x0100, tr("Ignore unknown certificate authority") },
        { 0x0200, tr("Ignore wrong certificate usage") },
        { 0x1000, tr("Ignore host name mismatch") },
        { 0x2000, tr("Ignore expired or not yet valid certificate") } };
    for (const auto &[bit, text] : ignoreBits) {
        auto *box = new QCheckBox(text, content);
        tls->addRow(QString(), box);
        ignore.bits.append({ bit, box });
        connect(box, &QCheckBox::toggled, this, &OptionsEditor::edited);
    }
    m_flags.append(ignore);
    FlagsOption protocols { HttpRequest::SecureProtocols, 0x2A80, {} };
    auto *protocolRow = new QHBoxLayout;
    for (const auto &[bit, text] : QList<QPair<int, QString>> {
             { 0x80, u"TLS 1.0"_s }, { 0x200, u"TLS 1.1"_s }, { 0x800, u"TLS 1.2"_s }, { 0x2000, u"TLS 1.3"_s } }) {
        auto *box = new QCheckBox(text, content);
        protocolRow->addWidget(box);
        protocols.bits.append({ bit, box });
        connect(box, &QCheckBox::toggled, this, &OptionsEditor::edited);
    }
    protocolRow->addStretch();
    tls->addRow(tr("Protocols:"), protocolRow);
    m_flags.append(protocols);
    addBool(tls, HttpRequest::EnableCertificateRevocationCheck, false, tr("Check certificate revocation (OCSP)"));
    addFileChooser(
        addString(tls, HttpRequest::ExtraCaCertificates, tr("Extra CA file:"), tr("PEM file trusted in addition")));
    m_clientCert = new QLineEdit(content);
    m_clientCert->setPlaceholderText(tr("PEM/PKCS#12 path or CURRENT_USER\\MY\\Subject"));
    m_clientCert->setAccessibleName(tr("Client certificate"));
    connect(m_clientCert, &QLineEdit::textEdited, this, &OptionsEditor::edited);
    tls->addRow(tr("Client certificate:"), m_clientCert);
    addFileChooser(m_clientCert);
    QLineEdit *password
        = addString(tls, HttpRequest::ClientCertificatePassword, tr("Certificate password:"), QString());
    password->setEchoMode(QLineEdit::PasswordEchoOnEdit);

    QFormLayout *general = group(tr("Request"));
    addString(general, HttpRequest::UserAgentString, tr("User agent:"), defaultUserAgent);
    addBool(general, HttpRequest::EnableHttp1_1, true, tr("Use HTTP/1.1 (off: HTTP/1.0)"));
    addInt(general, HttpRequest::MaxResponseHeaderSize, 65536, 1, 1 << 30, tr("Max response header size:"));
    addInt(general, HttpRequest::UrlCodePage, 65001, 0, 65535, tr("URL code page:"));
    addBool(general, HttpRequest::EscapePercentInUrl, false, tr("Escape every % in the URL"));
    addBool(general, HttpRequest::UrlEscapeDisable, false, tr("Do not escape unsafe URL characters"));
    addBool(general, HttpRequest::UrlEscapeDisableQuery, false, tr("Do not escape unsafe query characters"));
    addBool(general, HttpRequest::RejectUserpwd, false, tr("Reject user:password@ in URLs"));
    addBool(general, HttpRequest::EnableTracing, false, tr("Trace to the log (reqscope.http.trace)"));
    m_autoLogon = new QComboBox(content);
    m_autoLogon->addItems({ tr("Always"), tr("Only if the proxy is bypassed"), tr("Never") });
    m_autoLogon->setAccessibleName(tr("Auto-logon policy"));
    connect(m_autoLogon, &QComboBox::currentIndexChanged, this, &OptionsEditor::edited);
    general->addRow(tr("Auto-logon policy:"), m_autoLogon);

    QFormLayout *noEffect = group(tr("Accepted for compatibility (no effect on Linux)"));
    addInt(noEffect, HttpRequest::MaxResponseDrainSize, 1048576, 0, 1 << 30, tr("Max response drain size:"));
    addBool(noEffect, HttpRequest::RevertImpersonationOverSsl, true, tr("Revert impersonation over SSL"));
    addBool(noEffect, HttpRequest::EnablePassportAuthentication, false, tr("Passport authentication"));
    grid->setRowStretch(grid->rowCount(), 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_proxy, &QComboBox::currentIndexChanged, this, [this] {
        updateProxyFields();
        Q_EMIT edited();
    });
    for (QLineEdit *edit : { m_proxyServer, m_proxyBypass })
        connect(edit, &QLineEdit::textEdited, this, &OptionsEditor::edited);
    load(RequestSpec());
}

OptionsEditor::~OptionsEditor() = default;

QSpinBox *OptionsEditor::timeoutSpin(int value)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(0, 24 * 3600 * 1000);
    spin->setSuffix(tr(" ms"));
    spin->setSpecialValueText(tr("infinite"));
    spin->setValue(value);
    connect(spin, &QSpinBox::valueChanged, this, &OptionsEditor::edited);
    return spin;
}

QCheckBox *OptionsEditor::addBool(QFormLayout *form, int id, bool defaultValue, const QString &text)
{
    auto *box = new QCheckBox(text, this);
    form->addRow(QString(), box);
    m_bools.append({ id, defaultValue, box });
    connect(box, &QCheckBox::toggled, this, &OptionsEditor::edited);
    return box;
}

QSpinBox *OptionsEditor::addInt(QFormLayout *form, int id, int defaultValue, int min, int max, const QString &label)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setAccessibleName(label);
    form->addRow(label, spin);
    m_ints.append({ id, defaultValue, spin });
    connect(spin, &QSpinBox::valueChanged, this, &OptionsEditor::edited);
    return spin;
}

QLineEdit *OptionsEditor::addString(QFormLayout *form, int id, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(label);
    form->addRow(label, edit);
    m_strings.append({ id, edit });
    connect(edit, &QLineEdit::textEdited, this, &OptionsEditor::edited);
    return edit;
}

void OptionsEditor::store(RequestSpec &spec) const
{
    spec.resolveTimeoutMs = m_timeouts[0]->value();
    spec.connectTimeoutMs = m_timeouts[1]->value();
    spec.sendTimeoutMs = m_timeouts[2]->value();
    spec.receiveTimeoutMs = m_timeouts[3]->value();
    spec.proxySetting = m_proxy->currentData().toInt();
    spec.proxyServer = m_proxyServer->text();
    spec.proxyBypass = m_proxyBypass->text();
    spec.clientCertificate = m_clientCert->text();
    spec.autoLogonPolicy = m_autoLogon->currentIndex();
    spec.options.clear();
    for (const BoolOption &o : m_bools) {
        if (o.box->isChecked() != o.defaultValue)
            spec.options.insert(o.id, o.box->isChecked());
    }
    for (const IntOption &o : m_ints) {
        if (o.spin->value() != o.defaultValue)
            spec.options.insert(o.id, o.spin->value());
    }
    for (const FlagsOption &o : m_flags) {
        int value = 0;
        for (const auto &[bit, box] : o.bits)
            value |= box->isChecked() ? bit : 0;
        if (value != o.defaultValue)
            spec.options.insert(o.id, value);
    }
    for (const StringOption &o : m_strings) {
        if (!o.edit->text().isEmpty())
            spec.options.insert(o.id, o.edit->text());
    }
}

void OptionsEditor::load(const RequestSpec &spec)
{
    const QSignalBlocker blocker(this);
    m_timeouts[0]->setValue(spec.resolveTimeoutMs);
    m_timeouts[1]->setValue(spec.connectTimeoutMs);
    m_timeouts[2]->setValue(spec.sendTimeoutMs);
    m_timeouts[3]->setValue(spec.receiveTimeoutMs);
    m_proxy->setCurrentIndex(qMax(0, m_proxy->findData(spec.proxySetting)));
    m_proxyServer->setText(spec.proxyServer);
    m_proxyBypass->setText(spec.proxyBypass);
    m_clientCert->setText(spec.clientCertificate);
    m_autoLogon->setCurrentIndex(qBound(0, spec.autoLogonPolicy, 2));
    for (const BoolOption &o : m_bools)
        o.box->setChecked(spec.options.value(o.id, o.defaultValue).toBool());
    for (const IntOption &o : m_ints)
        o.spin->setValue(spec.options.value(o.id, o.defaultValue).toInt());
    for (const FlagsOption &o : m_flags) {
        const int value = spec.options.value(o.id, o.defaultValue).toInt();
        for (const auto &[bit, box] : o.bits)
            box->setChecked((value & bit) != 0);
    }
    for (const StringOption &o : m_strings)
        o.edit->setText(spec.options.value(o.id).toString());
    updateProxyFields();
}

QString OptionsEditor::userAgent() const
{
    for (const StringOption &o : m_strings) {
        if (o.id == HttpRequest::UserAgentString && !o.edit->text().isEmpty())
            return o.edit->text();
    }
    return defaultUserAgent;
}

void OptionsEditor::addFileChooser(QLineEdit *edit)
{
    QAction *choose = edit->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), QLineEdit::TrailingPosition);
    choose->setToolTip(tr("Choose a file…"));
    connect(choose, &QAction::triggered, this, [this, edit] {
        auto *dialog = new QFileDialog(this, tr("Choose a file…"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [this, edit](const QString &path) {
            edit->setText(path);
            Q_EMIT edited();
        });
        dialog->open();
    });
}

void OptionsEditor::updateProxyFields()
{
    const bool named = m_proxy->currentData().toInt() == 2;
    m_proxyServer->setEnabled(named);
    m_proxyBypass->setEnabled(named);
}

} // namespace Reqscope
