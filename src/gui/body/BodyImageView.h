#pragma once

#include <QImage>
#include <QPixmap>
#include <QWidget>

// An image body, scaled down to fit (never up), centred on a checkerboard so transparency shows.
class BodyImageView : public QWidget
{
    Q_OBJECT

public:
    explicit BodyImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QImage m_image;
    QPixmap m_scaled; // for the current size, so painting does not rescale
};
