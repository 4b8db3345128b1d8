package app.rapport.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PRODUCT.md's Sort suggestions: for each undecided contact, the first of its rules that applies, as a pure
 * function of everyone's contacts and links. Linear in contacts and links: the professional contacts' email
 * domains are counted once.
 *
 * <p>A connection is a link CONNECTED or with a request either way, on a platform the user has not hidden.
 * Instagram's close friends are not known to Rapport; a close friend is on Instagram, so rule 3 or rule 1
 * already covers them.
 */
public final class SortSuggestions {

    /** Webmail providers (PRODUCT.md's list), matched by the first label of the domain or the whole domain. */
    private static final Set<String> WEBMAIL_PROVIDERS = Set.of("gmail", "googlemail", "outlook", "hotmail", "live",
            "yahoo", "icloud", "me", "gmx", "proton", "protonmail", "aol", "yandex", "qq", "163");
    private static final Set<String> WEBMAIL_DOMAINS = Set.of("web.de", "mail.ru");
    private static final int PROFESSIONALS_SHARING_A_DOMAIN = 2;

    private SortSuggestions() {
    }

    /**
     * A suggestion for every undecided, not archived contact that has one, in the order of {@code contacts}.
     *
     * @param contacts everyone, decided ones too (their email domains are what rule 5 compares with)
     * @param links    each contact's links by contact id
     * @param myName   the user's own name as set in Settings; its last word is their family name
     */
    public static Map<Long, SortSuggestion> suggest(List<Contact> contacts, Map<Long, List<Link>> links,
                                                    List<Platform> platforms, String myName) {
        Map<String, Platform> visible = platforms.stream().filter(p -> !p.hidden())
                .collect(Collectors.toMap(Platform::id, p -> p, (a, b) -> a));
        Map<String, Long> professionalDomains = professionalDomains(contacts);
        String myFamilyName = familyName(myName);
        Map<Long, SortSuggestion> suggestions = new LinkedHashMap<>();
        for (Contact contact : contacts) {
            if (contact.archived() || contact.category() != Category.UNDECIDED || contact.id() == null) {
                continue;
            }
            suggestOne(contact, links.getOrDefault(contact.id(), List.of()), visible, professionalDomains,
                    myFamilyName).ifPresent(s -> suggestions.put(contact.id(), s));
        }
        return suggestions;
    }

    private static Optional<SortSuggestion> suggestOne(Contact contact, List<Link> links,
                                                       Map<String, Platform> visible,
                                                       Map<String, Long> professionalDomains, String myFamilyName) {
        long id = contact.id();
        List<Platform> on = links.stream().filter(SortSuggestions::isConnection)
                .map(link -> visible.get(link.platformId())).filter(p -> p != null).distinct().toList();
        Optional<Platform> personal = on.stream().filter(p -> p.sphere() == Sphere.PERSONAL).findFirst();
        Optional<Platform> professional = on.stream().filter(p -> p.sphere() == Sphere.PROFESSIONAL).findFirst();
        if (personal.isPresent() && professional.isPresent()) {
            return Optional.of(new SortSuggestion(id, SortSuggestion.Reason.ON_BOTH_SIDES, Category.BOTH, null,
                    "on " + personal.get().name() + " and on " + professional.get().name()));
        }
        if (professional.isPresent()) {
            return Optional.of(new SortSuggestion(id, SortSuggestion.Reason.ONLY_PROFESSIONAL, Category.PROFESSIONAL,
                    null, article(professional.get().name()) + " connection, not on your personal platforms"));
        }
        if (personal.isPresent()) {
            String notOn = visible.values().stream().filter(p -> p.sphere() == Sphere.PROFESSIONAL)
                    .min((a, b) -> Integer.compare(a.position(), b.position()))
                    .map(p -> ", not on " + p.name()).orElse("");
            return Optional.of(new SortSuggestion(id, SortSuggestion.Reason.ONLY_PERSONAL, Category.PERSONAL, null,
                    article(personal.get().name()) + " friend" + notOn));
        }
        if (!myFamilyName.isEmpty() && myFamilyName.equals(normalized(contact.familyName()))) {
            return Optional.of(new SortSuggestion(id, SortSuggestion.Reason.FAMILY_NAME, Category.PERSONAL,
                    Relationship.FAMILY, "shares your family name"));
        }
        Optional<SortSuggestion> work = workEmail(contact, professionalDomains);
        if (work.isPresent()) {
            return work;
        }
        List<String> domains = domains(contact);
        if (!domains.isEmpty() && contact.organization().isBlank()
                && domains.stream().allMatch(SortSuggestions::isWebmail)) {
            return Optional.of(new SortSuggestion(id, SortSuggestion.Reason.PRIVATE_EMAIL, Category.PERSONAL, null,
                    "a private email address only"));
        }
        return Optional.empty();
    }

    private static Optional<SortSuggestion> workEmail(Contact contact, Map<String, Long> professionalDomains) {
        for (String domain : domains(contact)) {
            if (isWebmail(domain)) {
                continue;
            }
            long colleagues = professionalDomains.getOrDefault(domain, 0L);
            if (colleagues >= PROFESSIONALS_SHARING_A_DOMAIN) {
                return Optional.of(new SortSuggestion(contact.id(), SortSuggestion.Reason.WORK_EMAIL,
                        Category.PROFESSIONAL, null, "an email at " + domain + ", like " + colleagues
                        + " of your professional contacts"));
            }
            if (matchesOrganization(domain, contact.organization())) {
                return Optional.of(new SortSuggestion(contact.id(), SortSuggestion.Reason.WORK_EMAIL,
                        Category.PROFESSIONAL, null, "an email at " + domain + ", the domain of "
                        + contact.organization()));
            }
        }
        return Optional.empty();
    }

    private static boolean isConnection(Link link) {
        return switch (link.state()) {
            case CONNECTED, REQUEST_RECEIVED, REQUEST_SENT -> true;
            default -> false;
        };
    }

    private static Map<String, Long> professionalDomains(List<Contact> contacts) {
        Map<String, Long> counts = new HashMap<>();
        for (Contact contact : contacts) {
            if (contact.category() == Category.PROFESSIONAL && !contact.archived()) {
                domains(contact).stream().distinct().forEach(domain -> counts.merge(domain, 1L, Long::sum));
            }
        }
        return counts;
    }

    private static List<String> domains(Contact contact) {
        return contact.emails().stream().map(email -> email.substring(email.lastIndexOf('@') + 1))
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT)).filter(domain -> !domain.isEmpty())
                .toList();
    }

    private static boolean isWebmail(String domain) {
        return WEBMAIL_DOMAINS.contains(domain) || WEBMAIL_PROVIDERS.contains(domain.split("\\.", 2)[0]);
    }

    /**
     * "ana@acme.com" works at "Acme Corp" and "bo@deutsche-bank.de" at "Deutsche Bank AG": a label of the
     * domain, letters and digits only, is the whole organization name, or begins it, or is its first word (of 3
     * letters or more: "co" in "co.uk" is no one's company).
     */
    private static boolean matchesOrganization(String domain, String organization) {
        String whole = normalized(organization);
        String firstWord = normalized(organization.strip().split("\\s+", 2)[0]);
        if (whole.isEmpty()) {
            return false;
        }
        String[] labels = domain.split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            String label = normalized(labels[i]);
            if (label.equals(whole) || label.length() >= 3 && whole.startsWith(label)
                    || firstWord.length() >= 3 && label.equals(firstWord)) {
                return true;
            }
        }
        return false;
    }

    private static String article(String platformName) {
        return ("aeiouAEIOU".indexOf(platformName.isEmpty() ? 'x' : platformName.charAt(0)) >= 0 ? "an " : "a ")
                + platformName;
    }

    private static String familyName(String myName) {
        String[] words = myName == null ? new String[0] : myName.strip().split("\\s+");
        return words.length < 2 ? "" : normalized(words[words.length - 1]);
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
