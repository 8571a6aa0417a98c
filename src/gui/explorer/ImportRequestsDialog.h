#pragma once

#include "interop/CollectionImport.h"

#include <QDialog>
#include <QUuid>

#include <functional>

class AppServices;
class CollectionStore;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

// File > Import Requests: what a Postman, Insomnia or HAR file holds, request by request with
// what will not be carried over, before anything is written; Import puts it into the profile's
// collections through the core's one import (the CLI's `import` does the same).
class ImportRequestsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportRequestsDialog(AppServices *services, CollectionStore *store, const QUuid &profile,
                         const ImportedCollection &collection, const QString &fileName,
                         QWidget *parent = nullptr);
    ~ImportRequestsDialog() override;

    // Asks for a file, reads it and opens the preview; says in a message box when the file
    // cannot be read. `onImported` gets the report once the requests are in.
    static void start(AppServices *services, CollectionStore *store, const QUuid &profile,
                      QWidget *parent,
                      std::function<void(const CollectionImport::Report &)> onImported);
    // The same for a file already chosen (tests, drops).
    static ImportRequestsDialog *
    openFile(AppServices *services, CollectionStore *store, const QUuid &profile,
             const QString &path, QWidget *parent,
             std::function<void(const CollectionImport::Report &)> onImported);

    QTreeWidget *tree() const { return m_tree; }
    // A Postman environment (or Insomnia export) whose variables come along; false, with the
    // reason shown, when the file cannot be read as one.
    bool loadEnvironment(const QString &path);

Q_SIGNALS:
    void imported(const CollectionImport::Report &report);

private:
    void fill();
    void chooseEnvironment();
    void runImport();

    AppServices *m_services;
    QUuid m_profile;
    ImportedCollection m_collection;
    CollectionImport *m_import;
    QLineEdit *m_name;
    QTreeWidget *m_tree;
    QLabel *m_fileNotes;
    QLabel *m_problem;
    QLabel *m_environmentLabel;
    QList<ImportedVariable> m_environment;
    QDialogButtonBox *m_buttons;
};
