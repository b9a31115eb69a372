// SPDX-License-Identifier: MIT
#pragma once

#include "importissue.h"
#include "requestspec.h"

#include <QStringList>

#include <optional>

namespace Reqscope {

/// CurlParser's second half: collects one command's options (already split into name and value) and turns them
/// into a RequestSpec with curl's defaults (POST when there is data, form-urlencoded, no redirects).
class CurlRequestBuilder
{
public:
    CurlRequestBuilder(const QString &baseDirectory, bool readFiles);

    /// \a name is the long option name without "--"; \a value is empty for flags.
    void option(const QString &name, const QString &value);
    void positional(const QString &word);
    void warn(const QString &message);
    /// The request; nullopt when no URL was given.
    std::optional<RequestSpec> finish();
    ImportIssues warnings() const;

private:
    std::optional<QByteArray> readFile(const QString &name);
    void addData(const QString &name, const QString &value);
    void addForm(const QString &value, bool literal);
    void applyUser();
    void applyAuthorizationHeader();
    void parseMultipartBody();

    QString m_baseDirectory;
    bool m_readFiles = true;
    RequestSpec m_spec;
    QString m_method;
    QStringList m_data;
    QStringList m_urlQueries; // --url-query, and the data of -G
    QString m_dataFile; // --data-binary @file / -T file: the body is that file
    QString m_user;
    QString m_authMode; // basic, digest, ntlm, …
    bool m_get = false;
    ImportIssues m_warnings;
};

} // namespace Reqscope
