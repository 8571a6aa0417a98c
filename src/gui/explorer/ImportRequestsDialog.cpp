#include "explorer/ImportRequestsDialog.h"

#include "AppServices.h"
#include "explorer/CollectionStore.h"
#include "interop/RequestImport.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Why a file cannot be imported, in a message box that does not block (open(), not exec()).
void warn(QWidget *parent, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, ImportRequestsDialog::tr("Import Requests"),
                                text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("importProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

ImportRequestsDialog::ImportRequestsDialog(AppServices *services, CollectionStore *store,
                                           const QUuid &profile,
                                           const ImportedCollection &collection,
                                           const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_profile(profile)
    , m_collection(collection)
    , m_import(
          new CollectionImport(store, &services->profiles(), &services->secretVariables(), this))
    , m_name(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_fileNotes(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_environmentLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importRequestsDialog"));
    const auto found = services->profiles().find(profile);
    const QString profileName = found ? found->name : QString();
    if (found)
        CollectionImport::prepare(m_collection, *found);
    setWindowTitle(tr("Import Requests"));
    resize(880, 520);

    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("%1 (%2) into the collections of %3. Secrets in it go to the "
                      "keychain as {{variables}}, never into the collection file.")
                       .arg(QFileInfo(fileName).fileName(), m_collection.format, profileName),
                   this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("collectionNameEdit"));
    m_name->setText(CollectionImport::uniqueName(store->collections(profile), m_collection.name));
    form->addRow(tr("Collection &name:"), m_name);
    layout->addLayout(form);

    m_tree->setObjectName(QStringLiteral("importTree"));
    m_tree->setHeaderLabels({tr("Request"), tr("Not carried over")});
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 320);
    layout->addWidget(m_tree, 1);

    m_fileNotes->setObjectName(QStringLiteral("fileNotesLabel"));
    m_fileNotes->setWordWrap(true);
    m_fileNotes->setTextFormat(Qt::PlainText);
    layout->addWidget(m_fileNotes);
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_environmentLabel->setWordWrap(true);
    m_environmentLabel->setTextFormat(Qt::PlainText);
    m_environmentLabel->hide();
    layout->addWidget(m_environmentLabel);
    m_problem->setObjectName(QStringLiteral("importProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    layout->addWidget(m_problem);

    QPushButton *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setDefault(true);
    importButton->setEnabled(!m_collection.requests.isEmpty());
    QPushButton *environment =
        m_buttons->addButton(tr("Add &Environment…"), QDialogButtonBox::ActionRole);
    environment->setObjectName(QStringLiteral("environmentButton"));
    environment->setToolTip(tr("A Postman environment whose variables become the profile's; "
                               "secret values go to the keychain"));
    connect(environment, &QPushButton::clicked, this, &ImportRequestsDialog::chooseEnvironment);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportRequestsDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

ImportRequestsDialog::~ImportRequestsDialog() = default;

void ImportRequestsDialog::fill()
{
    // Folders as branches, as the file had them; each request with what it will not do.
    QHash<QString, QTreeWidgetItem *> folders;
    for (const ImportedRequest &r : std::as_const(m_collection.requests)) {
        QTreeWidgetItem *parent = nullptr;
        QString path;
        for (const QString &folder : r.folder) {
            path += QLatin1Char('/') + folder;
            QTreeWidgetItem *&item = folders[path];
            if (!item) {
                item = parent ? new QTreeWidgetItem(parent, {folder})
                              : new QTreeWidgetItem(m_tree, {folder});
                item->setExpanded(true);
            }
            parent = item;
        }
        // One line a row: word-wrapped cells of several lines get clipped by the view.
        const QStringList texts{r.draft.method + QLatin1Char(' ') +
                                    (r.name.isEmpty() ? r.draft.url : r.name),
                                r.notCarried.value(0)};
        auto *item =
            parent ? new QTreeWidgetItem(parent, texts) : new QTreeWidgetItem(m_tree, texts);
        for (qsizetype i = 1; i < r.notCarried.size(); ++i) {
            auto *line = new QTreeWidgetItem(item, {QString(), r.notCarried.at(i)});
            line->setToolTip(1, r.notCarried.at(i)); // long lines are elided in the column
        }
        item->setExpanded(true);
        const QString notes = r.notes.join(QLatin1Char('\n'));
        item->setToolTip(0,
                         notes.isEmpty() ? r.draft.url : r.draft.url + QLatin1Char('\n') + notes);
        item->setToolTip(1, notes.isEmpty() ? r.notCarried.value(0)
                                            : r.notCarried.value(0) + QLatin1Char('\n') + notes);
    }
    QStringList lines = m_collection.notes;
    if (!m_collection.variables.isEmpty())
        lines.append(tr("Variables of the file: %1 (they become the profile's; secret ones go to "
                        "the keychain).")
                         .arg(m_collection.variables.size()));
    m_fileNotes->setText(lines.join(QLatin1Char('\n')));
    m_fileNotes->setVisible(!lines.isEmpty());
}

void ImportRequestsDialog::chooseEnvironment()
{
    auto *chooser = new QFileDialog(this, tr("Add Environment"));
    chooser->setObjectName(QStringLiteral("environmentFileDialog"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setNameFilters({tr("Postman environments (*.json)"), tr("All files (*)")});
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString &path) { loadEnvironment(path); });
    chooser->open();
}

bool ImportRequestsDialog::loadEnvironment(const QString &path)
{
    QFile file(path);
    QString name;
    const auto variables = file.open(QIODevice::ReadOnly)
                               ? RequestImport::readEnvironment(file.readAll(), &name)
                               : Result<QList<ImportedVariable>>(Error::make(
                                     Error::Kind::Io, QStringLiteral("import.unreadable"),
                                     tr("%1 cannot be read: %2").arg(path, file.errorString())));
    if (!variables) {
        m_problem->setText(variables.error().message);
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_environment = variables.value();
    QStringList secret;
    QStringList plain;
    for (const ImportedVariable &v : std::as_const(m_environment)) {
        if (v.enabled) // disabled ones are left out, and the import says so
            (v.secret ? secret : plain).append(v.name);
    }
    m_environmentLabel->setText(
        tr("Environment \u201c%1\u201d. Variables for the profile: %2. Secrets for the "
           "keychain: %3.")
            .arg(name.isEmpty() ? QFileInfo(path).fileName() : name,
                 plain.isEmpty() ? tr("none") : plain.join(QStringLiteral(", ")),
                 secret.isEmpty() ? tr("none") : secret.join(QStringLiteral(", "))));
    m_environmentLabel->show();
    return true;
}

void ImportRequestsDialog::runImport()
{
    m_buttons->setEnabled(false);
    m_problem->hide();
    CollectionImport::Options options;
    options.asName = m_name->text().trimmed();
    options.environment = m_environment;
    m_import->run(m_profile, m_collection, options, this,
                  [this](const Result<CollectionImport::Report> &result) {
                      m_buttons->setEnabled(true);
                      if (!result) {
                          m_problem->setText(result.error().message);
                          m_problem->show();
                          return;
                      }
                      Q_EMIT imported(result.value());
                      accept();
                  });
}

ImportRequestsDialog *
ImportRequestsDialog::openFile(AppServices *services, CollectionStore *store, const QUuid &profile,
                               const QString &path, QWidget *parent,
                               std::function<void(const CollectionImport::Report &)> onImported)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(parent, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return nullptr;
    }
    const auto collection = RequestImport::read(file.readAll(), path);
    if (!collection) {
        warn(parent, collection.error().message);
        return nullptr;
    }
    auto *dialog =
        new ImportRequestsDialog(services, store, profile, collection.value(), path, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (onImported)
        connect(dialog, &ImportRequestsDialog::imported, dialog, std::move(onImported));
    dialog->open();
    return dialog;
}

void ImportRequestsDialog::start(AppServices *services, CollectionStore *store,
                                 const QUuid &profile, QWidget *parent,
                                 std::function<void(const CollectionImport::Report &)> onImported)
{
    auto *chooser = new QFileDialog(parent, tr("Import Requests"));
    chooser->setObjectName(QStringLiteral("importFileDialog"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setNameFilters(
        {tr("Postman, Insomnia or HAR files (*.json *.yaml *.yml *.har)"), tr("All files (*)")});
    QPointer<QWidget> owner(parent);
    connect(chooser, &QFileDialog::fileSelected, chooser,
            [services, store, profile, owner, onImported](const QString &path) {
                if (owner)
                    openFile(services, store, profile, path, owner, onImported);
            });
    chooser->open();
}
