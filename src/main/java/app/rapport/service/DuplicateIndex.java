package app.rapport.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.rapport.domain.Contact;
import app.rapport.interchange.MatchKeys;

/**
 * Finds the contact a newcomer duplicates: by email first, then by profile URL, then by name together with
 * organization (a name alone is too common to merge on). Contacts added while importing join the index, so a
 * file that lists someone twice still makes one contact.
 */
final class DuplicateIndex {

    private final Map<String, Long> byEmail = new HashMap<>();
    private final Map<String, Long> byProfile = new HashMap<>();
    private final Map<String, Long> byNameAndOrganization = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();

    void add(long id, Contact contact, String profileUrl) {
        for (String email : contact.emails()) {
            byEmail.putIfAbsent(emailKey(email), id);
        }
        String profile = MatchKeys.profile(profileUrl);
        if (!profile.isEmpty()) {
            byProfile.putIfAbsent(profile, id);
        }
        byNameAndOrganization.putIfAbsent(nameKey(contact.displayName(), contact.organization()), id);
        byName.putIfAbsent(MatchKeys.name(contact.displayName()), id);
    }

    Optional<Long> find(Contact contact, String profileUrl) {
        for (String email : contact.emails()) {
            Long id = byEmail.get(emailKey(email));
            if (id != null) {
                return Optional.of(id);
            }
        }
        return byProfile(profileUrl)
                .or(() -> Optional.ofNullable(byNameAndOrganization.get(nameKey(contact.displayName(),
                        contact.organization()))));
    }

    /** For a LinkedIn invitation, which names a person and maybe their profile, but no organization. */
    Optional<Long> findPerson(String name, String profileUrl) {
        return byProfile(profileUrl).or(() -> Optional.ofNullable(byName.get(MatchKeys.name(name))));
    }

    private Optional<Long> byProfile(String profileUrl) {
        String profile = MatchKeys.profile(profileUrl);
        return profile.isEmpty() ? Optional.empty() : Optional.ofNullable(byProfile.get(profile));
    }

    private static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String nameKey(String name, String organization) {
        return MatchKeys.name(name) + "\u0000" + MatchKeys.name(organization);
    }

    /** The store's contacts, with their emails and LinkedIn profiles, which the rule-loading query leaves out. */
    static DuplicateIndex of(List<Contact> contacts, Map<Long, List<String>> emails, Map<Long, String> profiles) {
        DuplicateIndex index = new DuplicateIndex();
        for (Contact contact : contacts) {
            Contact withEmails = Contact.builder().id(contact.id()).displayName(contact.displayName())
                    .organization(contact.organization()).emails(emails.getOrDefault(contact.id(), List.of()))
                    .build();
            index.add(contact.id(), withEmails, profiles.getOrDefault(contact.id(), ""));
        }
        return index;
    }
}
