package app.rapport.store;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;

/**
 * Run in a child process by {@link StoreCrashIT} and killed there at a random moment: opens the real store and
 * writes use-case-sized transactions until it dies, reporting {@code committed <n>} in a progress file only once
 * transaction n has returned. Transaction n adds contact {@code crash-n} with everything that belongs to it,
 * rewrites the emails and tags of an older contact, and moves the {@value #LAST} setting to n, all at once; so
 * after any crash each contact must be whole and the setting must name the newest contact. An optional third
 * argument stops it after that many transactions, for a warm-up run that ends normally.
 */
public final class CrashWriterMain {

    static final String LAST = "crash.last";
    static final String NAME_PREFIX = "crash-";
    static final int EMAILS = 3;
    static final int PHONES = 2;
    static final int INTERACTIONS = 3;
    static final List<String> PLATFORMS = List.of("linkedin", "facebook");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    // Some kilobytes per contact, so that a transaction spans several pages and a kill can land inside it.
    private static final String NOTES = "Met at the crash-safety meetup. ".repeat(80);

    private CrashWriterMain() {
    }

    /** Arguments: the data folder, the file to report progress in, and optionally how many transactions to write. */
    public static void main(String[] args) throws IOException {
        try (Store store = Store.open(Path.of(args[0]));
             OutputStream progress = new FileOutputStream(args[1], true)) {
            long next = store.transact(tx -> tx.settings().get(LAST).map(Long::parseLong).orElse(0L)) + 1;
            report(progress, "open " + next);
            long stopAfter = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
            for (long n = next; n - next < stopAfter; n++) {
                long written = n;
                store.transactVoid(tx -> write(tx, written));
                report(progress, "committed " + n);
            }
        }
    }

    // One unbuffered write per line, into a file rather than a pipe: what was written before the kill is there
    // to read after it, whatever the JDK does with a dead process's pipe.
    private static void report(OutputStream progress, String line) throws IOException {
        progress.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void write(StoreTransaction tx, long n) {
        long id = tx.contacts().insert(contact(null, n, n));
        for (int i = 0; i < INTERACTIONS; i++) {
            tx.interactions().insert(new Interaction(null, id, DAY.minusDays(i), InteractionKind.values()[i],
                    "Interaction " + i + " of " + n));
        }
        for (String platform : PLATFORMS) {
            tx.links().put(new Link(id, platform, LinkState.CONNECTED, DAY, NAME_PREFIX + n));
            tx.links().addChange(new LinkChange(id, platform, DAY, LinkState.NONE, LinkState.CONNECTED));
        }
        // An edit of an older contact: emails, phones and tags are deleted and written again, so a half-done
        // edit would leave a contact with too few of them or with two revisions mixed.
        long older = n / 2;
        if (older >= 1) {
            for (long oldId : tx.contacts().idsTagged(numberTag(older))) {
                tx.contacts().update(contact(oldId, older, n));
            }
        }
        tx.settings().put(LAST, Long.toString(n));
    }

    /** The tag that finds contact {@code crash-n} again. */
    static String numberTag(long n) {
        return "n" + n;
    }

    /** Contact {@code crash-n} as revision {@code revision} wrote it: every list names the revision. */
    static Contact contact(Long id, long n, long revision) {
        List<String> emails = IntStream.range(0, EMAILS)
                .mapToObj(i -> n + "." + i + ".rev" + revision + "@crash.example").toList();
        List<String> phones = IntStream.range(0, PHONES)
                .mapToObj(i -> "+1 555 " + n + " " + i + " rev" + revision).toList();
        return Contact.builder().id(id).displayName(NAME_PREFIX + n).givenName("Crash").familyName(Long.toString(n))
                .organization("Crash Test Ltd").role("Dummy").category(Category.PROFESSIONAL)
                .relationship(Relationship.COLLEAGUE).emails(emails).phones(phones)
                .tags(List.of("crash", numberTag(n), "rev" + revision)).notes(NOTES).howWeMet("A test").metOn(DAY)
                .addedOn(DAY).keepInTouchWeeks(4).build();
    }
}
