package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import app.rapport.domain.FieldError;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Platform;
import app.rapport.domain.Settings;
import app.rapport.domain.Sphere;
import app.rapport.store.Store;

/** What the user tunes: the rule settings, their own name, their platforms and their message templates. */
public final class RulesService {

    static final String MY_NAME = "user.name";
    public static final int PLATFORM_NAME_MAX = 60;
    public static final int MY_NAME_MAX = 100;
    static final int PLATFORM_ID_MAX = 40;
    public static final int TEMPLATE_MAX = 4_000;

    private final Store store;
    private final Clock clock;

    public RulesService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Settings settings() {
        return store.transact(tx -> tx.settings().ruleSettings());
    }

    public void saveSettings(Settings settings) {
        store.transactVoid(tx -> {
            tx.touchedSettings();
            tx.settings().putRuleSettings(settings);
            FollowUpQueue.reevaluateAll(tx, LocalDate.now(clock));
        });
    }

    public String myName() {
        return store.transact(tx -> tx.settings().get(MY_NAME)).orElse("");
    }

    public void saveMyName(String name) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.length() > MY_NAME_MAX) {
            throw invalid("myName", "Your name can have at most " + MY_NAME_MAX + " characters.");
        }
        store.transactVoid(tx -> {
            tx.touchedSettings();
            tx.settings().put(MY_NAME, cleaned);
        });
    }

    public List<Platform> platforms() {
        return store.transact(tx -> tx.platforms().all());
    }

    /** Adds a platform at the end of the list; its id is made from the name. */
    public Platform addPlatform(String name, Sphere sphere) {
        String cleaned = checkedName(name);
        return store.transact(tx -> {
            tx.touchedSettings();
            List<Platform> existing = tx.platforms().all();
            if (existing.stream().anyMatch(p -> p.name().equalsIgnoreCase(cleaned))) {
                throw invalid("name", "There is already a platform called " + cleaned + ".");
            }
            String base = cleaned.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            String id = base.isEmpty() ? "platform" : base;
            Set<String> taken = existing.stream().map(Platform::id).collect(Collectors.toSet());
            String unique = fitted(id, "");
            for (int n = 2; taken.contains(unique); n++) {
                unique = fitted(id, "-" + n);
            }
            int position = existing.stream().mapToInt(Platform::position).max().orElse(-1) + 1;
            Platform platform = new Platform(unique, cleaned, sphere, position, false);
            tx.platforms().insert(platform);
            FollowUpQueue.reevaluateAll(tx, LocalDate.now(clock));
            return platform;
        });
    }

    public void updatePlatform(Platform platform) {
        Platform cleaned = new Platform(platform.id(), checkedName(platform.name()), platform.sphere(),
                platform.position(), platform.hidden());
        store.transactVoid(tx -> {
            tx.touchedSettings();
            if (tx.platforms().all().stream().anyMatch(p -> !p.id().equals(cleaned.id())
                    && p.name().equalsIgnoreCase(cleaned.name()))) {
                throw invalid("name", "There is already a platform called " + cleaned.name() + ".");
            }
            tx.platforms().update(cleaned);
            FollowUpQueue.reevaluateAll(tx, LocalDate.now(clock));
        });
    }

    /** Moves a platform one place up (-1) or down (+1) in the list. */
    public void movePlatform(String id, int direction) {
        store.transactVoid(tx -> {
            tx.touchedSettings();
            List<Platform> ordered = new ArrayList<>(tx.platforms().all());
            int index = -1;
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).id().equals(id)) {
                    index = i;
                }
            }
            int target = index + Integer.signum(direction);
            if (index < 0 || target < 0 || target >= ordered.size()) {
                return;
            }
            ordered.add(target, ordered.remove(index));
            for (int i = 0; i < ordered.size(); i++) {
                Platform p = ordered.get(i);
                tx.platforms().update(new Platform(p.id(), p.name(), p.sphere(), i, p.hidden()));
            }
            // Order decides which professional platform is "the" one that F5 and redirects point to.
            FollowUpQueue.reevaluateAll(tx, LocalDate.now(clock));
        });
    }

    public List<MessageTemplate> templates() {
        return store.transact(tx -> tx.templates().all());
    }

    public void saveTemplate(String id, String body) {
        if (body == null || body.isBlank()) {
            throw invalid("body", "A template cannot be empty.");
        }
        if (body.length() > TEMPLATE_MAX) {
            throw invalid("body", String.format("A template can have at most %,d characters.", TEMPLATE_MAX));
        }
        store.transactVoid(tx -> {
            tx.touchedSettings();
            tx.templates().updateBody(id, body.strip());
        });
    }

    // A name may be longer than the id column holds: cut the id, never the number that makes it unique.
    private static String fitted(String id, String suffix) {
        int room = PLATFORM_ID_MAX - suffix.length();
        String cut = id.length() <= room ? id : id.substring(0, room).replaceAll("-+$", "");
        return cut + suffix;
    }

    private static String checkedName(String name) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty()) {
            throw invalid("name", "A platform needs a name.");
        }
        if (cleaned.length() > PLATFORM_NAME_MAX) {
            throw invalid("name", "A platform name can have at most " + PLATFORM_NAME_MAX + " characters.");
        }
        return cleaned;
    }

    private static ValidationException invalid(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }
}
