// SPDX-License-Identifier: MIT
#include "multipartfields.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::KeyValue;
using Reqscope::MultipartFields;

class tst_MultipartFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void tst_MultipartFields::parse_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("fields"); // name=value; empty: not parsed (nullopt)

    const QString type = u"multipart/form-data; boundary=XyZ"_s;
    QTest::newRow("two fields") << type
                                << u"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ\r\n"
                                   "Content-Disposition: form-data; name=\"b\"\r\n\r\nline\r\nbreak\r\n--XyZ--\r\n"_s
                                << QStringList { u"a=1"_s, u"b=line\r\nbreak"_s };
    QTest::newRow("quoted boundary") << u"multipart/form-data; boundary=\"q q\""_s
                                     << u"--q q\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n\r\n--q q--"_s
                                     << QStringList { u"x="_s };
    QTest::newRow("inline file kept raw")
        << type << u"--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nhi\r\n--XyZ--"_s
        << QStringList();
    QTest::newRow("part without a name") << type << u"--XyZ\r\nContent-Disposition: form-data\r\n\r\n1\r\n--XyZ--"_s
                                         << QStringList();
    QTest::newRow("no boundary") << u"multipart/form-data"_s << u"--XyZ\r\n"_s << QStringList();
    QTest::newRow("no parts") << type << u"just text"_s << QStringList();
    QTest::newRow("part without head end")
        << type << u"--XyZ\r\nContent-Disposition: form-data\r\n--XyZ--"_s << QStringList();
}

void tst_MultipartFields::parse()
{
    QFETCH(QString, contentType);
    QFETCH(QString, body);
    QFETCH(QStringList, fields);
    const std::optional<QList<KeyValue>> parsed = MultipartFields::parse(contentType, body);
    QCOMPARE(parsed.has_value(), !fields.isEmpty());
    QStringList actual;
    for (const KeyValue &f : parsed.value_or(QList<KeyValue>()))
        actual.append(f.name + u'=' + f.value);
    QCOMPARE(actual, fields);
}

QTEST_GUILESS_MAIN(tst_MultipartFields)
#include "tst_multipartfields.moc"
