#pragma once

#include "AppSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

// The preferences: clipboard clearing, defaults for new profiles' sessions, expiry notifications
// and how long the request history is kept. Shows and returns an AppSettings; the caller saves.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setSettings(const AppSettings &settings);
    AppSettings settings() const;

private:
    void updateNotifyControls();
    void updateHistorySuffix();
    void alignLabels();
    void alignFields();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
