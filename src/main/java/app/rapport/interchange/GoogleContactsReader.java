package app.rapport.interchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactRules;
import app.rapport.domain.Relationship;

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
        String name = displayName(row, given, family, organization);
        if (name.isEmpty()) {
            throw new RowRejected("no name");
        }
        List<String> emails = new ArrayList<>();
        for (String column : row.header().namesMatching(EMAIL_COLUMNS)) {
            ContactFields.addEmails(row, column, emails);
        }
        List<String> phones = new ArrayList<>();
        for (String column : row.header().namesMatching(PHONE_COLUMNS)) {
            ContactFields.addPhones(row, column, phones);
        }
        String notes = row.multiline("Notes", ContactRules.NOTES_MAX);

        Contact contact = new Contact(null, name, given, family, organization, role, Category.UNDECIDED,
                Relationship.OTHER, emails, phones, tags(row), notes, "", null, null, "", "", null, birthday(row),
                false);
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

    private static LocalDate birthday(CsvRow row) {
        String text = row.get("Birthday");
        // Google writes a birthday without a year as "--MM-DD"; a contact's birthday is a full date.
        if (text.startsWith("--")) {
            row.warn("Birthday \"" + text + "\" has no year; imported without it");
            return null;
        }
        return row.date("Birthday");
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
