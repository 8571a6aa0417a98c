#pragma once

#include "auth/Credentials.h"
#include "explorer/ApiSpec.h"
#include "explorer/OperationDraft.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QObject;
class QSpinBox;
class QUrl;
class QWidget;

// What the explorer asks of the chosen endpoint before it makes a draft: a form for its path
// parameters and, for a vendor whose records hang off a parent, a parent-record picker.
class OperationInputs
{
    // Its texts are the explorer panel's: they keep the panel's translation context.
    Q_DECLARE_TR_FUNCTIONS(ExplorerPanel)

public:
    // Both groups are made in `parent`, hidden; Return in a path parameter runs `use` while
    // `context` lives.
    OperationInputs(QWidget *parent, QObject *context, std::function<void()> use);

    QGroupBox *parametersBox() const { return m_paramsBox; }
    QGroupBox *parentBox() const { return m_parentBox; }

    // The parent-record picker shows for a vendor that has one.
    void setVendor(const std::optional<MethodDescriptor> &vendor);
    // No endpoint chosen: no path parameters.
    void clear();
    // A field for each path parameter of `op`, filled with the spec's example.
    void show(const ApiSpec &spec, const ApiOperation &op);
    // The draft of `op` with what the fields and the picker hold.
    OperationRequest request(const ApiSpec &spec, const ApiOperation &op,
                             const QUrl &baseUrl) const;

private:
    QObject *m_context;
    std::function<void()> m_use;
    QGroupBox *m_paramsBox;
    QFormLayout *m_paramsForm;
    QHash<QString, QLineEdit *> m_pathEdits;
    QGroupBox *m_parentBox;
    QCheckBox *m_parentApply;
    QComboBox *m_parentModule;
    QSpinBox *m_parentId;
};
