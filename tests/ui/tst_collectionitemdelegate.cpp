// SPDX-License-Identifier: MIT
#include "collectionitemdelegate.h"
#include "collectionmodel.h"

#include <QLineEdit>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {

// True if some pixel of \a image is close to \a colour (text is anti-aliased, its core pixels are not).
bool contains(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (qAbs(p.red() - colour.red()) + qAbs(p.green() - colour.green()) + qAbs(p.blue() - colour.blue()) < 40)
                return true;
        }
    }
    return false;
}

QStandardItem *requestItem(const QString &name, const QString &method)
{
    auto *item = new QStandardItem(name);
    item->setData(method, CollectionModel::MethodRole);
    return item;
}

} // namespace

class tst_CollectionItemDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void methodColor_data();
    void methodColor();
    void paintsTheMethodInItsColour_data();
    void paintsTheMethodInItsColour();
    void editorCoversTheNameOnly();
};

void tst_CollectionItemDelegate::methodColor_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QColor>("colour");
    QTest::newRow("GET") << u"GET"_s << QColor(0x2E, 0x9D, 0x4F);
    QTest::newRow("POST") << u"POST"_s << QColor(0xD9, 0x7A, 0x00);
    QTest::newRow("PATCH") << u"PATCH"_s << QColor(0x2A, 0x7B, 0xD6);
    QTest::newRow("DELETE") << u"DELETE"_s << QColor(0xD0, 0x35, 0x35);
    QTest::newRow("any token") << u"PROPFIND"_s << QColor(0x88, 0x88, 0x88);
}

void tst_CollectionItemDelegate::methodColor()
{
    QFETCH(QString, method);
    QTEST(CollectionItemDelegate::methodColor(method), "colour");
}

void tst_CollectionItemDelegate::paintsTheMethodInItsColour_data()
{
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("coloured"); // on the highlight the tag takes the highlighted text's colour
    QTest::newRow("plain") << false << true;
    QTest::newRow("selected") << true << false;
}

void tst_CollectionItemDelegate::paintsTheMethodInItsColour()
{
    QFETCH(bool, selected);
    QFETCH(bool, coloured);
    QStandardItemModel model;
    model.appendRow(requestItem(u"Delete user"_s, u"DELETE"_s));
    QTreeView view;
    view.setHeaderHidden(true);
    view.setItemDelegate(new CollectionItemDelegate(&view));
    view.setModel(&model);
    view.resize(300, 100);
    if (selected)
        view.setCurrentIndex(model.index(0, 0));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage pixels = view.viewport()->grab(view.visualRect(model.index(0, 0))).toImage();
    QCOMPARE(contains(pixels, CollectionItemDelegate::methodColor(u"DELETE"_s)), coloured);
}

void tst_CollectionItemDelegate::editorCoversTheNameOnly()
{
    QStandardItemModel model;
    model.appendRow(requestItem(u"Get user"_s, u"GET"_s));
    model.appendRow(new QStandardItem(u"Get user"_s)); // a folder: no method, the whole row
    for (int row = 0; row < 2; ++row) {
        QTreeView view;
        auto *delegate = new CollectionItemDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.resize(300, 100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QModelIndex index = model.index(row, 0);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        QCOMPARE(delegate->sizeHint(option, index).width() > delegate->sizeHint(option, model.index(1, 0)).width(),
            row == 0);
        view.edit(index);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = view.viewport()->findChild<QLineEdit *>()));
        const int indent = editor->geometry().left() - view.visualRect(index).left();
        QVERIFY2((indent > 20) == (row == 0), qPrintable(QString::number(indent)));
        QCOMPARE(editor->text(), u"Get user"_s);
    }
}

QTEST_MAIN(tst_CollectionItemDelegate)
#include "tst_collectionitemdelegate.moc"
