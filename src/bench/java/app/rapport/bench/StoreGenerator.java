package app.rapport.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.store.Store;

/**
 * A lived-in address book of {@code n} people, the same every time (fixed seed): categories and relationships
 * in the proportions of a LinkedIn-heavy user, ten interactions per contact on average over five years, links
 * on the five default platforms in every state, and the matching LinkedIn Connections.csv.
 */
public final class StoreGenerator {

    static final String[] PLATFORMS = {"linkedin", "facebook", "instagram", "x", "business-page"};
    private static final int YEARS_OF_HISTORY = 5;
    private static final DateTimeFormatter LINKEDIN_DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private static final String[] GIVEN = {"Ada", "Grace", "Alan", "Margaret", "Katherine", "Tim", "Sam", "Lena",
            "José", "Zoë", "Hiroshi", "Amara", "Liam", "Olivia", "Noah", "Emma", "Mateo", "Sofía", "Ivan", "Anya",
            "Wei", "Mei", "Arjun", "Priya", "Kwame", "Ngozi", "Lars", "Ingrid", "Omar", "Layla", "Chen", "Fatima",
            "Pierre", "Camille", "Jonas", "Elif", "Mehmet", "Sven", "Aoife", "Tomás"};
    private static final String[] FAMILY = {"Lovelace", "Hopper", "Turing", "Hamilton", "Johnson", "Berners-Lee",
            "Okafor", "Müller", "Pérez", "Brontë", "Tanaka", "Mensah", "Smith", "García", "Kowalski", "Nguyen",
            "Ivanova", "Rossi", "Dubois", "Andersen", "Öztürk", "Singh", "Kim", "Silva", "O'Brien", "Novak",
            "Haddad", "Yamamoto", "Fischer", "Lindqvist", "Costa", "Moreau", "Schmidt", "Bianchi", "Kaur", "Murphy"};
    private static final String[] ORGANIZATIONS = {"Acme Corp", "Globex", "Initech", "Umbrella", "Stark Industries",
            "Wayne Enterprises", "Hooli", "Pied Piper", "Analytical Engines", "Cyberdyne", "Soylent", "Tyrell",
            "Wonka Industries", "Vandelay Industries", "Massive Dynamic", "Aperture Science", "Oscorp", "Nakatomi",
            "Ünïcode GmbH", "Bluth Company", "Dunder Mifflin", "Prestige Worldwide", "Gringotts", "Monsters Inc"};
    private static final String[] ROLES = {"Engineer", "Senior Engineer", "Product Manager", "Designer", "CTO",
            "Head of Sales", "Recruiter", "Data Scientist", "Consultant", "Founder", "Account Executive",
            "Marketing Lead", "Research Scientist", "Operations Manager", "Software Architect", "Analyst"};
    private static final String[] TAGS = {"conference-2024", "conference-2025", "hiring", "running", "cobol", "math",
            "investor", "mentor", "alumni", "book-club", "hiking", "neighbour", "speaker", "open-source"};
    private static final String[] NOTES = {"Met at the regional meetup; wants a demo in January",
            "Introduced by a former colleague", "Runs marathons", "Asked about the open role on my team",
            "Knows everyone in the payments world", "Birthday party in May", "Cousin's partner",
            "Gave a great talk on distributed systems", "Looking for a co-founder", "Plays chess on Thursdays"};
    private static final InteractionKind[] KINDS = InteractionKind.values();
    // Messages, emails and likes are everyday; meetings, shared work and calls are rarer.
    private static final int[] KIND_WEIGHTS = {8, 6, 4, 5, 6, 6, 20, 25, 20};

    private final int n;
    private final LocalDate today;
    private final Random random = new Random(42);
    private final List<Contact> contacts = new ArrayList<>();
    private final List<String> profiles = new ArrayList<>();
    private final List<LocalDate> connectedOn = new ArrayList<>();

    public StoreGenerator(int n, LocalDate today) {
        this.n = n;
        this.today = today;
        for (int i = 0; i < n; i++) {
            contacts.add(contact(i));
        }
    }

    public record Counts(int contacts, int interactions, int links) {
    }

    /** Fills the (new, empty) store, then lets the follow-up rules open what they would have opened by now. */
    public Counts fill(Store store) {
        List<Long> ids = store.transact(tx -> tx.contacts().insertAll(contacts));
        List<Interaction> interactions = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<LinkChange> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = ids.get(i);
            int count = random.nextInt(21);
            for (int k = 0; k < count; k++) {
                interactions.add(new Interaction(null, id, daysAgo(random.nextInt(365 * YEARS_OF_HISTORY)), kind(),
                        random.nextInt(10) < 3 ? NOTES[random.nextInt(NOTES.length)] : ""));
            }
            for (int p = 0; p < PLATFORMS.length; p++) {
                LinkState state = linkState(contacts.get(i).category(), p, i);
                if (state == null) {
                    continue;
                }
                LocalDate since = state == LinkState.REQUEST_RECEIVED || state == LinkState.REQUEST_SENT
                        ? daysAgo(random.nextInt(90)) : daysAgo(random.nextInt(365 * YEARS_OF_HISTORY));
                if (p == 0 && state == LinkState.CONNECTED) {
                    since = connectedOn.get(i);
                }
                links.add(new Link(id, PLATFORMS[p], state, since, p == 0 ? profiles.get(i) : ""));
                changes.add(new LinkChange(id, PLATFORMS[p], since, LinkState.NONE, state));
            }
        }
        store.transactVoid(tx -> {
            tx.interactions().insertAll(interactions);
            tx.links().insertAll(links);
            tx.links().addChanges(changes);
        });
        return new Counts(n, interactions.size(), links.size());
    }

    /** LinkedIn's export of the same people: the "Notes:" preamble, then one row per connection. */
    public void writeConnectionsCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFNotes:\n\"When exporting your connection data, you may notice that some of the email "
                    + "addresses are missing.\"\n\n");
            writeConnectionRows(out);
        }
    }

    /** The same rows without LinkedIn's preamble, which H2's CSVREAD cannot skip. */
    public void writeBareCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeConnectionRows(out);
        }
    }

    private void writeConnectionRows(Writer out) throws IOException {
        out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < n; i++) {
            Contact c = contacts.get(i);
            out.write(String.join(",", csv(c.givenName()), csv(c.familyName()), csv(profiles.get(i)),
                    csv(c.emails().isEmpty() ? "" : c.emails().getFirst()), csv(c.organization()), csv(c.role()),
                    connectedOn.get(i).format(LINKEDIN_DATE)));
            out.write('\n');
        }
    }

    private Contact contact(int i) {
        // A middle initial makes name and company (what duplicate matching falls back on) as rare a match as
        // in a real export: every combination of first name, initial and last name once before any repeats.
        int combination = (int) ((long) i * 7_919 % (GIVEN.length * 26L * FAMILY.length));
        String given = GIVEN[combination % GIVEN.length] + " " + (char) ('A' + combination / GIVEN.length % 26) + ".";
        String family = FAMILY[combination / (GIVEN.length * 26)];
        String name = given + " " + family;
        int roll = random.nextInt(100);
        Category category = roll < 65 ? Category.PROFESSIONAL : roll < 82 ? Category.PERSONAL
                : roll < 90 ? Category.BOTH : Category.UNDECIDED;
        Relationship relationship = relationship(category);
        boolean works = category != Category.PERSONAL || random.nextBoolean();
        List<String> emails = new ArrayList<>();
        if (random.nextInt(10) < 6) {
            emails.add(slug(given) + "." + slug(family) + i + "@example.com");
        }
        if (random.nextInt(10) == 0) {
            emails.add(slug(family) + i + "@mail.example.org");
        }
        List<String> phones = random.nextInt(10) < 3 ? List.of("+1 555 " + (1_000_000 + i)) : List.of();
        List<String> tags = new ArrayList<>();
        for (int t = random.nextInt(4); t > 0; t--) {
            String tag = pick(TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        LocalDate metOn = random.nextBoolean() ? daysAgo(random.nextInt(365 * 8)) : null;
        profiles.add("https://www.linkedin.com/in/" + slug(given) + "-" + slug(family) + "-" + i);
        connectedOn.add(daysAgo(random.nextInt(365 * 8)));
        return Contact.builder().displayName(name).givenName(given).familyName(family)
                .organization(works ? pick(ORGANIZATIONS) : "").role(works ? pick(ROLES) : "")
                .category(category).relationship(relationship).emails(emails).phones(phones).tags(tags)
                .notes(random.nextInt(10) < 4 ? pick(NOTES) : "")
                .howWeMet(metOn == null ? "" : "At " + pick(ORGANIZATIONS) + "'s summer party").metOn(metOn)
                .addedOn(daysAgo(random.nextInt(365 * 8)))
                .vouchForThem(random.nextInt(20) == 0 ? "Solid engineer, kind to juniors" : "")
                .keepInTouchWeeks(random.nextInt(10) == 0 ? new int[] {4, 8, 12, 26, 52}[random.nextInt(5)] : null)
                .birthday(random.nextInt(5) == 0 ? LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12),
                        1 + random.nextInt(28)) : null)
                .archived(random.nextInt(100) < 3)
                .build();
    }

    private Relationship relationship(Category category) {
        Relationship[] choices = switch (category) {
            case PROFESSIONAL -> new Relationship[] {Relationship.COLLEAGUE, Relationship.CLIENT,
                    Relationship.PROSPECT, Relationship.RECRUITER, Relationship.NETWORKING_CONTACT,
                    Relationship.NETWORKING_CONTACT, Relationship.MANAGER, Relationship.DIRECT_REPORT,
                    Relationship.SERVICE_PROVIDER, Relationship.INTERVIEWER, Relationship.OTHER, Relationship.OTHER};
            case PERSONAL -> new Relationship[] {Relationship.FAMILY, Relationship.FRIEND, Relationship.FRIEND,
                    Relationship.ACQUAINTANCE};
            case BOTH -> new Relationship[] {Relationship.FRIEND, Relationship.COLLEAGUE};
            case UNDECIDED -> new Relationship[] {Relationship.OTHER, Relationship.ACQUAINTANCE};
        };
        return choices[random.nextInt(choices.length)];
    }

    /**
     * Most contacts are connected on LinkedIn; personal platforms mostly hold personal contacts; every state
     * occurs on every platform (the first few contacts walk through all of them, so none is left to chance).
     */
    private LinkState linkState(Category category, int platform, int contact) {
        LinkState[] states = LinkState.values();
        if (contact < states.length * PLATFORMS.length) {
            return contact / states.length == platform ? states[contact % states.length] : null;
        }
        int roll = random.nextInt(100);
        boolean personal = category == Category.PERSONAL || category == Category.BOTH;
        int connectedShare = switch (PLATFORMS[platform]) {
            case "linkedin" -> personal ? 30 : 80;
            case "facebook", "instagram" -> personal ? 60 : 4;
            default -> 8;
        };
        if (roll < connectedShare) {
            return LinkState.CONNECTED;
        }
        if (roll < connectedShare + 4) {
            return states[1 + random.nextInt(states.length - 1)];
        }
        return null;
    }

    private InteractionKind kind() {
        int roll = random.nextInt(100);
        for (int k = 0; k < KINDS.length; k++) {
            roll -= KIND_WEIGHTS[k];
            if (roll < 0) {
                return KINDS[k];
            }
        }
        return InteractionKind.MESSAGE;
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
