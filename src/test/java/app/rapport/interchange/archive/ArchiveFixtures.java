package app.rapport.interchange.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.domain.LinkedInStyle;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.domain.Settings;
import app.rapport.domain.Sphere;
import app.rapport.domain.Worlds;
import app.rapport.domain.YearlyDate;

/** The archive of src/test/resources/interchange/full.rapport.json, as records, and helpers to read and write. */
final class ArchiveFixtures {

    static final LocalDate IMPORT_DAY = LocalDate.of(2026, 11, 10);
    static final String FULL = "/interchange/full.rapport.json";

    static final Archive FULL_ARCHIVE = new Archive(
            new Settings(Worlds.BLEND, LinkedInStyle.OPEN, true, 14, 3, 1, 45),
            platforms(),
            List.of(
                    new ArchivedContact("c1", Contact.builder().displayName("Ada Lovelace").givenName("Ada")
                            .familyName("Lovelace").organization("Analytical Engines").role("Engineer")
                            .category(Category.PROFESSIONAL).relationship(Relationship.CLIENT)
                            .emails(List.of("ada@example.com", "ada.lovelace@engines.example"))
                            .phones(List.of("+44 20 7946 0018")).tags(List.of("conference-2026", "maths"))
                            .notes("Prefers mornings.\nAsk about the Bernoulli numbers.")
                            .howWeMet("Met at the regional meetup").metOn(LocalDate.of(2026, 10, 1))
                            .addedOn(LocalDate.of(2026, 10, 1))
                            .vouchForThem("Thorough, and explains hard things simply.").keepInTouchWeeks(6)
                            .birthday(LocalDate.of(1815, 12, 10))
                            .importantDates(List.of(
                                    new ImportantDate("Anniversary", YearlyDate.of(LocalDate.of(1835, 7, 8))),
                                    new ImportantDate("Note G published", YearlyDate.of(9, 1))))
                            .build(),
                            List.of(new ArchivedLink("linkedin", LinkState.REQUEST_RECEIVED, LocalDate.of(2026, 11, 1),
                                            "https://www.linkedin.com/in/ada"),
                                    new ArchivedLink("facebook", LinkState.NONE, LocalDate.of(2026, 10, 1), "")),
                            List.of(new ArchivedInteraction(LocalDate.of(2026, 10, 1), InteractionKind.EVENT,
                                            "Talked about engines", List.of("c2")),
                                    new ArchivedInteraction(LocalDate.of(2026, 11, 5), InteractionKind.COFFEE_OR_MEAL,
                                            ""))),
                    new ArchivedContact("c2", Contact.builder().displayName("Zoë Brontë-Şahin").givenName("Zoë")
                            .familyName("Brontë-Şahin").organization("Ελληνικά & Co.").category(Category.BOTH)
                            .relationship(Relationship.FRIEND).tags(List.of("日本語", "🙂 happy"))
                            .notes("Café au lait — never espresso. \"Quotes\" and a backslash \\ too.")
                            .addedOn(LocalDate.of(2025, 3, 14)).vouchForMe("She would say I am punctual.")
                            .birthday(YearlyDate.of(2, 29)).build(),
                            List.of(new ArchivedLink("mastodon", LinkState.CONNECTED, LocalDate.of(2025, 4, 1),
                                    "@zoe@mastodon.example")),
                            List.of()),
                    new ArchivedContact("c3", Contact.builder().displayName("李小龍").givenName("小龍").familyName("李")
                            .addedOn(LocalDate.of(2024, 1, 2)).archived(true).build(), List.of(), List.of())),
            List.of(
                    new ArchivedFollowUp("c1", "linkedin", "F1",
                            "Meet Ada Lovelace for coffee or a call before answering their LinkedIn request",
                            LocalDate.of(2026, 11, 8), FollowUpStatus.CLOSED, "Hi Ada, could we meet over coffee?",
                            "F1:linkedin:2026-11-01", LocalDate.of(2026, 11, 1)),
                    new ArchivedFollowUp("c2", null, "MANUAL", "Send Zoë the slides", LocalDate.of(2026, 11, 20),
                            FollowUpStatus.OPEN, "", "MANUAL:5b0c2c7e-8f0e-4d5e-9a55-0b0e7d1f6a3e",
                            LocalDate.of(2026, 11, 2))),
            List.of(
                    new MessageTemplate("coffee-invitation", "Coffee invitation",
                            "Hi {firstName}, could we meet over coffee or have a call? {myName}"),
                    new MessageTemplate("polite-decline", "Polite decline",
                            "Hi {firstName}, thank you for the invitation on {platform}. I will pass for now. "
                                    + "{myName}")));

    private ArchiveFixtures() {
    }

    private static List<Platform> platforms() {
        List<Platform> platforms = new ArrayList<>(Platform.defaults());
        Platform instagram = platforms.get(2);
        platforms.set(2, new Platform(instagram.id(), instagram.name(), instagram.sphere(), 2, true));
        platforms.add(new Platform("mastodon", "Mastodon", Sphere.PUBLIC, 5, false));
        return List.copyOf(platforms);
    }

    static InputStream fullFile() {
        return ArchiveFixtures.class.getResourceAsStream(FULL);
    }

    static Archive read(String json) throws IOException, ArchiveFormatException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    static Archive read(byte[] json) throws IOException, ArchiveFormatException {
        return new ArchiveReader(IMPORT_DAY).read(new ByteArrayInputStream(json), "backup.rapport.json");
    }

    static byte[] write(Archive archive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveWriter.write(archive, out);
        return out.toByteArray();
    }
}
