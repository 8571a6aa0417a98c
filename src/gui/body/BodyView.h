#pragma once

#include "SecureClipboard.h" // QPointer<SecureClipboard> needs the whole class
#include "body/BodyFindBar.h"
#include "body/BodyWorker.h"
#include "util/Result.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <memory>

class BodyImageView;
class BodyJobs;
class BodySource;
class BodyTextView;
class BodyToolBar;
class JsonLineIndex;
class PrettyJsonDocument;
class RawLineIndex;
class RawTextDocument;
class QLabel;
class QStackedWidget;

// A response body: pretty JSON with folding, raw text or an image preview, with search, copy and
// save. Built for large bodies: parsing, indexing, searching and saving run on a worker thread,
// and the text view paints only the rows on screen, so the window never freezes.
class BodyView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Pretty,
        Raw,
        Image,
    };

    explicit BodyView(QWidget *parent = nullptr);
    ~BodyView() override;

    // Shows a body held in memory; `contentType` decides JSON, text or image.
    void setBody(const QByteArray &body, const QString &contentType);
    // Shows a body HttpClient streamed to `path`. The file is mapped, not read, and not deleted.
    void setBodyFile(const QString &path, const QString &contentType);
    void clear();
    bool isLoading() const;

    Mode mode() const { return m_mode; }
    bool isModeAvailable(Mode mode) const;
    void setMode(Mode mode);

    // What is on screen, for tests and for whoever embeds the view.
    int rowCount() const;
    QString displayedLine(int row) const;
    QString message() const; // the banner: a parse error, a save result...
    QSize imageSize() const { return m_image.size(); }
    BodyTextView *textView() const { return m_textView; }

    // Searches at once, without the typing delay.
    void setSearchText(const QString &text) { m_findBar->setSearchText(text); }
    bool isSearching() const { return m_findBar->isSearching(); }
    int matchCount() const { return m_findBar->matchCount(); }
    int currentMatchIndex() const { return m_findBar->currentMatchIndex(); }
    void findNext() { m_findBar->findNext(); }
    void findPrevious() { m_findBar->findPrevious(); }

    void expandAll();
    void collapseAll();
    // Copies the selected lines, or the whole body when nothing is selected. What holds a secret
    // (a token, a password field, a secret of this session) goes through the secure clipboard:
    // marked for clipboard managers and cleared after a while.
    void copy();
    void setSecureClipboard(SecureClipboard *clipboard);
    // Writes the body, byte for byte, to `path`; blocks until done. The Save button does the same
    // on the worker thread.
    Result<bool> saveTo(const QString &path) const;

Q_SIGNALS:
    void loaded(); // the pretty view is ready (or the raw text or image is shown)
    void loadFailed(const QString &message); // e.g. "Not valid JSON at line 3, column 7: ..."
    void contentShown();                     // the first rows are on screen, maybe not all yet
    void saveFinished(bool ok, const QString &message);

private:
    enum class Kind
    {
        None,
        Json,
        Text,
        Image,
    };

    void buildUi();
    void connectJobs();
    void start(const QString &contentType);
    template<typename Document, typename Index>
    void showIndex(std::shared_ptr<Document> &document, std::shared_ptr<const Index> index,
                   bool early, Mode mode);
    void showJsonFailure(const QString &error);
    void showImage(const QImage &image, const QString &format, const QString &error);
    void showDocument(Mode mode, bool keepPosition);
    void finishLoading();
    void setProgress(int percent);
    void setMessage(const QString &text);
    void updateControls();
    void chooseSaveFile();
    QString suggestedFileName() const;

    QPointer<SecureClipboard> m_clipboard;
    std::shared_ptr<const BodySource> m_source;
    Kind m_kind = Kind::None;
    Mode m_mode = Mode::Raw;
    QString m_contentType;
    bool m_jsonFailed = false;
    bool m_loadedEmitted = false;
    std::shared_ptr<PrettyJsonDocument> m_pretty;
    std::shared_ptr<RawTextDocument> m_raw;
    QImage m_image;
    QString m_imageFormat;

    BodyJobs *m_jobs = nullptr;
    BodyToolBar *m_toolBar = nullptr;
    BodyFindBar *m_findBar = nullptr; // in the tool bar
    QLabel *m_messageLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    BodyTextView *m_textView = nullptr;
    BodyImageView *m_imageView = nullptr;
    QLabel *m_imageInfoLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;

    // Last, so it is destroyed first: its thread stops before anything its jobs post to is gone.
    std::unique_ptr<BodyWorker> m_worker;
};
