// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractScrollArea>

#include <memory>

namespace Reqscope {

class ResponseBodyStore;

/// A lazy hex dump: paints only the visible lines, reading them from the body store on demand, so a 1 GiB
/// body costs as much as one screenful.
class HexView : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexView)

public:
    explicit HexView(QWidget *parent = nullptr);
    ~HexView() override;

    void setStore(std::shared_ptr<ResponseBodyStore> store);
    std::shared_ptr<ResponseBodyStore> store() const;
    /// More bytes arrived: update the scroll range (and repaint if the new bytes are visible).
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    qint64 lineCount() const;
    int visibleLines() const;

    std::shared_ptr<ResponseBodyStore> m_store;
};

} // namespace Reqscope
