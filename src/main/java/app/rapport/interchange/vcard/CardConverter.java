package app.rapport.interchange.vcard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactRules;
import app.rapport.domain.FieldError;
import app.rapport.domain.Relationship;
import ezvcard.VCard;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextProperty;
import ezvcard.property.Url;
import ezvcard.util.TelUri;

/**
 * Turns one parsed card into an unsaved contact. Values Rapport cannot keep as they are (an address that is not
 * an email address, a birthday without a year) are left out and said so, rather than costing the whole card.
 */
final class CardConverter {

    // Apple writes X-SOCIALPROFILE; the hyphenated spelling is the one Rapport and several other apps write.
    static final List<String> PROFILE_PROPERTIES = List.of("X-SOCIAL-PROFILE", "X-SOCIALPROFILE");
    // Apple stores a birthday without a year under this placeholder year, named by this parameter.
    private static final String APPLE_OMIT_YEAR = "X-APPLE-OMIT-YEAR";

    private final ProfileMatcher matcher;
    private final LocalDate importDay;

    CardConverter(ProfileMatcher matcher, LocalDate importDay) {
        this.matcher = matcher;
        this.importDay = importDay;
    }

    VCardContact convert(VCard card, int position) throws UnusableCard {
        List<String> leftOut = new ArrayList<>();
        StructuredName structured = card.getStructuredName();
        String given = structured == null ? "" : clean(structured.getGiven());
        String family = structured == null ? "" : clean(structured.getFamily());
        String displayName = firstNonBlank(card.getFormattedNames().stream().map(FormattedName::getValue))
                .orElse((given + " " + family).strip());
        if (displayName.isEmpty()) {
            throw new UnusableCard("The card has no name (neither FN nor N).");
        }
        Contact contact = new Contact(null, displayName, given, family, organization(card),
                firstNonBlank(Stream.concat(values(card.getTitles()), values(card.getRoles()))).orElse(""),
                Category.UNDECIDED, Relationship.OTHER, emails(card, leftOut), phones(card, leftOut),
                tags(card, leftOut), notes(card), "", null, importDay, "", "", null, birthday(card, leftOut), false);
        List<FieldError> errors = ContactRules.validate(contact, importDay);
        if (!errors.isEmpty()) {
            throw new UnusableCard(displayName + ": "
                    + errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
        }
        String uid = card.getUid() == null ? "" : clean(card.getUid().getValue());
        return new VCardContact(position, uid, contact, profiles(card, leftOut), leftOut);
    }

    private static String organization(VCard card) {
        Organization organization = card.getOrganization();
        return organization == null ? ""
                : organization.getValues().stream().map(CardConverter::clean).filter(unit -> !unit.isEmpty())
                        .collect(Collectors.joining(", "));
    }

    private static List<String> emails(VCard card, List<String> leftOut) {
        Map<String, String> emails = new LinkedHashMap<>();
        for (Email email : card.getEmails()) {
            String address = clean(email.getValue());
            if (address.isEmpty()) {
                continue;
            }
            if (address.length() > ContactRules.EMAIL_MAX || !ContactRules.isEmail(address)) {
                leftOut.add("\"" + address + "\" is not an email address.");
            } else {
                emails.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
            }
        }
        return List.copyOf(emails.values());
    }

    private static List<String> phones(VCard card, List<String> leftOut) {
        Set<String> phones = new LinkedHashSet<>();
        for (Telephone telephone : card.getTelephoneNumbers()) {
            String phone = telephone.getText() != null ? clean(telephone.getText()) : number(telephone.getUri());
            if (phone.length() > ContactRules.PHONE_MAX) {
                leftOut.add("The phone number \"" + phone + "\" is longer than " + ContactRules.PHONE_MAX
                        + " characters.");
            } else if (!phone.isEmpty()) {
                phones.add(phone);
            }
        }
        return List.copyOf(phones);
    }

    private static String number(TelUri uri) {
        if (uri == null) {
            return "";
        }
        return clean(uri.getNumber()) + (uri.getExtension() == null ? "" : " ext. " + uri.getExtension());
    }

    private static List<String> tags(VCard card, List<String> leftOut) {
        Map<String, String> tags = new LinkedHashMap<>();
        card.getCategoriesList().stream().flatMap(categories -> categories.getValues().stream())
                .map(CardConverter::clean).filter(tag -> !tag.isEmpty()).forEach(tag -> {
                    if (tag.length() > ContactRules.TAG_MAX) {
                        leftOut.add("The category \"" + tag + "\" is longer than " + ContactRules.TAG_MAX
                                + " characters.");
                    } else {
                        tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
                    }
                });
        return List.copyOf(tags.values());
    }

    private static String notes(VCard card) {
        // Quoted-printable notes of vCard 2.1 carry Windows line breaks; the rest of Rapport uses \n.
        return values(card.getNotes()).filter(note -> !note.isEmpty())
                .map(note -> note.replace("\r\n", "\n").replace('\r', '\n'))
                .collect(Collectors.joining("\n\n"));
    }

    private LocalDate birthday(VCard card, List<String> leftOut) {
        Birthday birthday = card.getBirthday();
        if (birthday == null) {
            // ez-vcard keeps a BDAY it cannot parse (such as 3.0's "--0412") as a raw property.
            RawProperty unparsed = card.getExtendedProperty("BDAY");
            if (unparsed != null) {
                leftOut.add("The birthday \"" + clean(unparsed.getValue()) + "\" is not a full date.");
            }
            return null;
        }
        Temporal date = birthday.getDate();
        if (date == null) {
            leftOut.add(birthday.getPartialDate() != null ? "The birthday has no year."
                    : "The birthday \"" + clean(birthday.getText()) + "\" is not a full date.");
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.from(date);
        } catch (DateTimeException notADay) {
            leftOut.add("The birthday is not a day.");
            return null;
        }
        if (String.valueOf(day.getYear()).equals(birthday.getParameter(APPLE_OMIT_YEAR))) {
            leftOut.add("The birthday has no year.");
            return null;
        }
        if (day.isAfter(importDay)) {
            leftOut.add("The birthday " + day + " is in the future.");
            return null;
        }
        return day;
    }

    private List<VCardProfile> profiles(VCard card, List<String> leftOut) {
        Map<String, VCardProfile> profiles = new LinkedHashMap<>();
        for (String propertyName : PROFILE_PROPERTIES) {
            for (RawProperty property : card.getExtendedProperties(propertyName)) {
                String handle = clean(property.getValue());
                if (handle.isEmpty()) {
                    handle = clean(property.getParameter("X-USER"));
                }
                String type = clean(property.getParameters().getType());
                if (handle.isEmpty()) {
                    continue;
                }
                String address = clean(property.getValue());
                Optional<String> platformId = matcher.byType(type).or(() -> matcher.byAddress(address));
                if (platformId.isPresent()) {
                    profiles.putIfAbsent(platformId.get(), new VCardProfile(platformId.get(), handle));
                } else {
                    leftOut.add("The " + (type.isEmpty() ? "" : type + " ") + "profile \"" + handle
                            + "\" is on none of your platforms.");
                }
            }
        }
        for (Url url : card.getUrls()) {
            String address = clean(url.getValue());
            matcher.byAddress(address).ifPresent(
                    platformId -> profiles.putIfAbsent(platformId, new VCardProfile(platformId, address)));
        }
        return List.copyOf(profiles.values());
    }

    private static Stream<String> values(List<? extends TextProperty> properties) {
        return properties.stream().map(TextProperty::getValue).map(CardConverter::clean);
    }

    private static Optional<String> firstNonBlank(Stream<String> values) {
        return values.map(CardConverter::clean).filter(value -> !value.isEmpty()).findFirst();
    }

    private static String clean(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
