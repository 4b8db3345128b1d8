package app.rapport.ui;

import java.nio.file.Path;

import app.rapport.service.Services;

/** What every page is built from: the use cases, the task runner, the dialogs, the change signal, the way out. */
public record PageContext(Services services, TaskRunner tasks, DialogService dialogs, ChangeSignal changes,
                          Navigator navigator, ThemeManager theme, Path dataDir) {
}
