package app.rapport.interchange;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactRules;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.Relationship;
import app.rapport.domain.YearlyDate;

/**
 * Reads a Google Contacts CSV export in either header set: the legacy one (Name, Given Name, Family Name,
 * Organization 1 - Name, Group Membership; often UTF-16 with a byte order mark) and today's (First Name, Last
 * Name, Organization Name, Labels). Several values in one cell are separated by " ::: ". Contacts stay
 * UNDECIDED: an address book does not say which world someone belongs to, and deciding is the user's.
 */
public final class GoogleContactsReader implements ImportReader {

    static final HeaderSignature HEADER = new HeaderSignature(
            "Name, Given Name, Family Name, … or First Name, Last Name, …, Labels, E-mail 1 - Value",
            header -> header.has("Given Name") && header.has("Family Name")
                    || header.has("First Name") && header.has("Last Name")
                    && (header.has("Labels") || header.has("E-mail 1 - Value") || header.has("File As")));

    private static final Pattern EMAIL_COLUMNS = Pattern.compile("(?i)E-mail \\d+ - Value");
    private static final Pattern PHONE_COLUMNS = Pattern.compile("(?i)Phone \\d+ - Value");
    private static final Pattern WEBSITE_COLUMNS = Pattern.compile("(?i)Website \\d+ - Value");
    private static final Pattern ADDRESS_COLUMNS = Pattern.compile("(?i)Address \\d+ - Formatted");
    private static final Pattern IM_COLUMNS = Pattern.compile("(?i)IM \\d+ - Value");
    private static final Pattern EXTRA_ORGANIZATION_COLUMNS =
            Pattern.compile("(?i)Organization [2-9]\\d* - (Name|Title)");
    private static final Pattern EVENT_VALUE_COLUMNS = Pattern.compile("(?i)Event (\\d+) - Value");
    // Groups every contact or every starred one is in: they say nothing about the person.
    private static final Set<String> SYSTEM_GROUPS = Set.of("* mycontacts", "* starred");

    @Override
    public ImportBatch read(Path file) throws ImportException {
        RowIssues issues = new RowIssues();
        List<ImportedContact> contacts = new ArrayList<>();
        CsvTable.read(file, HEADER, issues, row -> contacts.add(contactFrom(row)));
        return new ImportBatch(ImportFormat.GOOGLE_CONTACTS, ImportException.nameOf(file), contacts, List.of(),
                issues.skipped(), issues.warnings());
    }

    private static ImportedContact contactFrom(CsvRow row) throws RowRejected {
        String given = either(row.text("Given Name", ContactRules.GIVEN_FAMILY_MAX),
                row.text("First Name", ContactRules.GIVEN_FAMILY_MAX));
        String family = either(row.text("Family Name", ContactRules.GIVEN_FAMILY_MAX),
                row.text("Last Name", ContactRules.GIVEN_FAMILY_MAX));
        String organization = either(row.text("Organization 1 - Name", ContactRules.ORGANIZATION_MAX),
                row.text("Organization Name", ContactRules.ORGANIZATION_MAX));
        String role = either(row.text("Organization 1 - Title", ContactRules.ROLE_MAX),
                row.text("Organization Title", ContactRules.ROLE_MAX));
        List<String> emails = new ArrayList<>();
        for (String column : row.header().namesMatching(EMAIL_COLUMNS)) {
            ContactFields.addEmails(row, column, emails);
        }
        List<String> phones = new ArrayList<>();
        for (String column : row.header().namesMatching(PHONE_COLUMNS)) {
            ContactFields.addPhones(row, column, phones);
        }
        String name = displayName(row, given, family, organization);
        // As phones show a contact without a name; the vCard reader does the same.
        name = either(either(name, emails.isEmpty() ? "" : emails.getFirst()),
                phones.isEmpty() ? "" : phones.getFirst());
        if (name.isEmpty()) {
            throw new RowRejected("no name");
        }
        String notes = row.multiline("Notes", ContactRules.NOTES_MAX);

        Contact contact = Contact.builder().displayName(name).givenName(given).familyName(family)
                .organization(organization).role(role).category(Category.UNDECIDED).relationship(Relationship.OTHER)
                .emails(emails).phones(phones).tags(tags(row))
                .notes(row.within("Notes", extras(row).appendTo(notes), ContactRules.NOTES_MAX))
                .birthday(birthday(row)).importantDates(events(row)).build();
        return new ImportedContact(row.line(), contact, List.of(), linkedInProfile(row));
    }

    private static String displayName(CsvRow row, String given, String family, String organization)
            throws RowRejected {
        String name = row.text("Name", ContactRules.NAME_MAX);
        if (name.isEmpty()) {
            name = ContactFields.name(row, "First, Middle and Last Name", given,
                    either(row.get("Additional Name"), row.get("Middle Name")), family, row.get("Name Suffix"));
        }
        if (name.isEmpty()) {
            name = either(row.text("Nickname", ContactRules.NAME_MAX), row.text("File As", ContactRules.NAME_MAX));
        }
        return name.isEmpty() ? organization : name;
    }

    private static List<String> tags(CsvRow row) throws RowRejected {
        String column = row.header().has("Labels") ? "Labels" : "Group Membership";
        List<String> tags = new ArrayList<>();
        for (String group : ContactFields.split(row.get(column))) {
            if (!SYSTEM_GROUPS.contains(group.toLowerCase(Locale.ROOT))) {
                // Google marks its built-in groups with "* " ("* Friends", "* Coworkers"); the name is the tag.
                tags.add(group.startsWith("* ") ? group.substring(2).strip() : group);
            }
        }
        return ContactFields.tags(row, column, tags);
    }

    private static YearlyDate birthday(CsvRow row) {
        return yearlyDate(row, "Birthday");
    }

    /** Google writes a date without a year as "--MM-DD" (some exports with a space before it). */
    private static YearlyDate yearlyDate(CsvRow row, String column) {
        String text = row.get(column);
        if (text.startsWith("--")) {
            try {
                return YearlyDate.parse(text);
            } catch (DateTimeException notADay) {
                row.warn(column + " \"" + CsvRow.shortened(text) + "\" is not a date; imported without it");
                return null;
            }
        }
        LocalDate day = row.date(column);
        return day == null ? null : YearlyDate.of(day);
    }

    /** "Event 1 - Type" (older exports) or "Event 1 - Label" names the date in "Event 1 - Value". */
    private static List<ImportantDate> events(CsvRow row) {
        List<ImportantDate> events = new ArrayList<>();
        for (String column : row.header().namesMatching(EVENT_VALUE_COLUMNS)) {
            Matcher number = EVENT_VALUE_COLUMNS.matcher(column);
            number.matches();
            String prefix = "Event " + number.group(1) + " - ";
            String label = either(row.get(prefix + "Type"), row.get(prefix + "Label"));
            YearlyDate date = yearlyDate(row, column);
            if (date != null) {
                String named = label.equalsIgnoreCase(ImportantDate.ANNIVERSARY) || label.equals("* Anniversary")
                        ? ImportantDate.ANNIVERSARY : label.replaceFirst("^\\* ", "");
                events.add(new ImportantDate(
                        named.substring(0, Math.min(named.length(), ImportantDate.LABEL_MAX)), date));
            }
        }
        return events;
    }

    /** What has no field in Rapport: kept in the notes. */
    private static ImportedExtras extras(CsvRow row) {
        ImportedExtras extras = new ImportedExtras()
                .add("Middle name", either(row.get("Additional Name"), row.get("Middle Name")))
                .add("Prefix", row.get("Name Prefix"))
                .add("Suffix", row.get("Name Suffix"))
                .add("Nickname", row.get("Nickname"));
        for (String column : row.header().namesMatching(ADDRESS_COLUMNS)) {
            extras.add("Address", row.get(column));
        }
        for (String column : row.header().namesMatching(WEBSITE_COLUMNS)) {
            ContactFields.split(row.get(column)).stream()
                    .filter(website -> !MatchKeys.profile(website).startsWith("linkedin.com/in/"))
                    .forEach(website -> extras.add("Website", website));
        }
        for (String column : row.header().namesMatching(IM_COLUMNS)) {
            ContactFields.split(row.get(column)).forEach(handle -> extras.add("Chat", handle));
        }
        for (String column : row.header().namesMatching(EXTRA_ORGANIZATION_COLUMNS)) {
            extras.add(column.endsWith("Name") ? "Organization" : "Title", row.get(column));
        }
        return extras;
    }

    /** A LinkedIn profile among the websites, so the contact can be matched with one from a LinkedIn export. */
    private static String linkedInProfile(CsvRow row) throws RowRejected {
        for (String column : row.header().namesMatching(WEBSITE_COLUMNS)) {
            for (String website : ContactFields.split(row.get(column))) {
                if (MatchKeys.profile(website).startsWith("linkedin.com/in/")) {
                    return row.within(column, website, ImportedLink.HANDLE_MAX);
                }
            }
        }
        return "";
    }

    private static String either(String first, String second) {
        return first.isEmpty() ? second : first;
    }
}
