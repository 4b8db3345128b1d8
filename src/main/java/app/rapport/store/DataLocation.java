package app.rapport.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives: {@code --data-dir} first, then {@code RAPPORT_HOME}, then the platform's usual
 * folder for application data.
 */
public final class DataLocation {

    public static final String ENV_VARIABLE = "RAPPORT_HOME";

    private DataLocation() {
    }

    public static Path resolve(String dataDirOption, Map<String, String> env, String osName, String userHome) {
        if (dataDirOption != null && !dataDirOption.isBlank()) {
            return Path.of(dataDirOption).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return platformDefault(env, osName, userHome);
    }

    public static Path resolveForThisMachine(String dataDirOption) {
        return resolve(dataDirOption, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? Path.of(userHome, "AppData", "Roaming") : Path.of(appData);
            return base.resolve("Rapport");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Rapport");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(userHome, ".local", "share") : Path.of(xdg);
        return base.resolve("rapport");
    }
}
