// SPDX-License-Identifier: MIT
#include "annotationtoolbar.h"

#include "annotationcanvas.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Reqscope {

AnnotationToolBar::AnnotationToolBar(AnnotationCanvas *canvas, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QButtonGroup(this);
    const QList<QPair<Annotation::Kind, QString>> kinds = { { Annotation::Kind::Rectangle, tr("&Rectangle") },
        { Annotation::Kind::Arrow, tr("&Arrow") },
        { Annotation::Kind::Text, tr("Te&xt") },
        { Annotation::Kind::Blur, tr("&Blur") } };
    for (const auto &[kind, text] : kinds) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setChecked(kind == canvas->tool());
        tools->addButton(button, int(kind));
        layout->addWidget(button);
    }
    tools->button(int(Annotation::Kind::Blur))->setToolTip(tr("Pixelate a region of the screenshot"));
    connect(tools, &QButtonGroup::idClicked, canvas, [canvas](int id) { canvas->setTool(Annotation::Kind(id)); });
    auto *text = new QLineEdit(this);
    text->setPlaceholderText(tr("Text to place with a click"));
    text->setAccessibleName(tr("Annotation text"));
    connect(text, &QLineEdit::textChanged, canvas, &AnnotationCanvas::setText);
    layout->addWidget(text, 1);
    auto *undo = new QToolButton(this);
    undo->setText(tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setToolTip(tr("Remove the last mark (Ctrl+Z)"));
    connect(undo, &QToolButton::clicked, canvas, &AnnotationCanvas::undo);
    layout->addWidget(undo);
}

AnnotationToolBar::~AnnotationToolBar() = default;

} // namespace Reqscope
