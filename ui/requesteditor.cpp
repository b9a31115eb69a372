// SPDX-License-Identifier: MIT
#include "requesteditor.h"

#include "autheditor.h"
#include "bodyeditor.h"
#include "keyvaluetable.h"
#include "optionseditor.h"
#include "urlparams.h"

#include <QScrollArea>
#include <QTabBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

RequestEditor::RequestEditor(QWidget *parent)
    : QTabWidget(parent)
    , m_params(new KeyValueTable(tr("Query parameters"), this))
    , m_headers(new KeyValueTable(tr("Request headers"), this))
    , m_body(new BodyEditor(this))
    , m_auth(new AuthEditor(this))
    , m_options(new OptionsEditor(this))
{
    setAccessibleName(tr("Request"));
    setDocumentMode(true);
    tabBar()->setAccessibleName(tr("Request tabs"));
    addTab(m_params, tr("&Params"));
    addTab(m_headers, tr("&Headers"));
    addTab(m_body, tr("&Body"));
    // Forms scroll instead of forcing their full height on the request/response splitter.
    auto *authScroll = new QScrollArea(this);
    authScroll->setWidget(m_auth);
    authScroll->setWidgetResizable(true);
    authScroll->setFrameShape(QFrame::NoFrame);
    addTab(authScroll, tr("A&uth"));
    addTab(m_options, tr("&Options"));

    connect(m_params, &KeyValueTable::edited, this, [this] {
        Q_EMIT paramsEdited();
        Q_EMIT edited();
    });
    connect(m_headers, &KeyValueTable::edited, this, &RequestEditor::edited);
    connect(m_body, &BodyEditor::edited, this, &RequestEditor::edited);
    connect(m_auth, &AuthEditor::edited, this, &RequestEditor::edited);
    connect(m_options, &OptionsEditor::edited, this, &RequestEditor::edited);
    connect(this, &RequestEditor::edited, this, &RequestEditor::updateDefaultHeaders);
    updateDefaultHeaders();
}

RequestEditor::~RequestEditor() = default;

void RequestEditor::store(RequestSpec &spec) const
{
    spec.headers = m_headers->rows();
    // The URL carries only the enabled parameters; the disabled rows are kept so that saving keeps them.
    spec.disabledParams.clear();
    for (const KeyValue &row : m_params->rows()) {
        if (!row.enabled)
            spec.disabledParams.append(row);
    }
    m_body->store(spec);
    m_auth->store(spec);
    m_options->store(spec);
}

void RequestEditor::load(const RequestSpec &spec)
{
    m_params->setRows(UrlParams::merge(spec.url, spec.disabledParams));
    m_headers->setRows(spec.headers);
    m_body->load(spec);
    m_auth->load(spec);
    m_options->load(spec);
    updateDefaultHeaders();
}

void RequestEditor::setUrl(const QString &url)
{
    m_params->setRows(UrlParams::merge(url, m_params->rows()));
}

QList<KeyValue> RequestEditor::params() const
{
    return m_params->rows();
}

BodyEditor *RequestEditor::bodyEditor() const
{
    return m_body;
}

KeyValueTable *RequestEditor::paramsTable() const
{
    return m_params;
}

KeyValueTable *RequestEditor::headersTable() const
{
    return m_headers;
}

void RequestEditor::updateDefaultHeaders()
{
    // Show greyed what goes out without being typed: the engine's defaults and what body and auth imply.
    RequestSpec spec;
    store(spec);
    QList<KeyValue> defaults;
    const auto typed = [&spec](const QString &name) {
        return std::any_of(spec.headers.cbegin(), spec.headers.cend(), [&name](const KeyValue &h) {
            return h.enabled && h.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    if (!typed(u"User-Agent"_s))
        defaults.append({ u"User-Agent"_s, m_options->userAgent() });
    if (!typed(u"Accept"_s))
        defaults.append({ u"Accept"_s, u"*/*"_s });
    const QList<KeyValue> effective = spec.effectiveHeaders();
    for (qsizetype i = 0; i < effective.size(); ++i) {
        if (!typed(effective.at(i).name))
            defaults.append(effective.at(i));
    }
    m_headers->setDefaultRows(defaults, tr("Sent by default; add a row with the same name to replace it."));
}

} // namespace Reqscope
