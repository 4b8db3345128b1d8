package app.rapport.interchange.vcard;

import java.time.LocalDate;
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
import app.rapport.interchange.ImportedExtras;
import app.rapport.interchange.RowIssue;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Impp;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextProperty;
import ezvcard.property.Url;
import ezvcard.util.TelUri;

/**
 * Turns one parsed card into an unsaved contact. Values Rapport cannot keep as they are (an address that is not
 * an email address, a birthday in the future) are left out and said so, with their line, rather than costing the
 * whole card; values it has no field for go into the notes ({@link ImportedExtras}). A card without a personal
 * name is named as phones name it: by its organization, else its email address, else its phone number.
 */
final class CardConverter {

    // Apple writes X-SOCIALPROFILE; the hyphenated spelling is the one Rapport and several other apps write.
    static final List<String> PROFILE_PROPERTIES = List.of("X-SOCIAL-PROFILE", "X-SOCIALPROFILE");
    // How vCard 3.0 apps wrote chat handles before IMPP.
    private static final List<String> CHAT_PROPERTIES = List.of("X-AIM", "X-ICQ", "X-JABBER", "X-MSN", "X-YAHOO",
            "X-SKYPE", "X-SKYPE-USERNAME", "X-GADUGADU", "X-GOOGLE-TALK", "X-QQ", "X-GROUPWISE", "X-SIP");
    // Units of one organization are joined with this, so the vCard export can write them as units again.
    static final String ORGANIZATION_UNITS = "; ";

    private final ProfileMatcher matcher;
    private final LocalDate importDay;

    CardConverter(ProfileMatcher matcher, LocalDate importDay) {
        this.matcher = matcher;
        this.importDay = importDay;
    }

    VCardContact convert(VCard card, int position, VCardText.CardSpan span, VCardText text) throws UnusableCard {
        CardLines lines = new CardLines(text, span);
        List<RowIssue> leftOut = new ArrayList<>();
        ImportedExtras extras = new ImportedExtras();
        StructuredName structured = card.getStructuredName();
        String given = structured == null ? "" : clean(structured.getGiven());
        String family = structured == null ? "" : clean(structured.getFamily());
        if (structured != null) {
            extras.addAll("Middle name", structured.getAdditionalNames().stream().map(CardConverter::clean).toList())
                    .addAll("Prefix", structured.getPrefixes().stream().map(CardConverter::clean).toList())
                    .addAll("Suffix", structured.getSuffixes().stream().map(CardConverter::clean).toList());
        }
        List<String> organizations = card.getOrganizations().stream().map(CardConverter::organization)
                .filter(name -> !name.isEmpty()).toList();
        String organization = organizations.isEmpty() ? "" : organizations.getFirst();
        extras.addAll("Organization", organizations.stream().skip(1).toList());
        List<String> titles = Stream.concat(values(card.getTitles()), values(card.getRoles()))
                .filter(title -> !title.isEmpty()).distinct().toList();
        extras.addAll("Title", titles.stream().skip(1).toList());
        List<String> emails = emails(card, lines, leftOut);
        List<String> phones = phones(card, lines, leftOut);
        String displayName = displayName(card, given, family, organization, emails, phones);
        if (displayName.isEmpty()) {
            throw new UnusableCard("The card has no name, organization, email address or phone number.");
        }
        CardDates dates = new CardDates(card, lines);
        addExtras(card, extras);
        List<VCardProfile> profiles = profiles(card, lines, leftOut, extras);
        Contact contact = Contact.builder()
                .displayName(displayName)
                .givenName(given)
                .familyName(family)
                .organization(organization)
                .role(titles.isEmpty() ? "" : titles.getFirst())
                .category(Category.UNDECIDED)
                .relationship(Relationship.OTHER)
                .emails(emails)
                .phones(phones)
                .tags(tags(card, lines, leftOut))
                .notes(extras.appendTo(notes(card)))
                .addedOn(importDay)
                .birthday(dates.birthday(importDay, leftOut))
                .importantDates(dates.importantDates(leftOut))
                .build();
        List<FieldError> errors = ContactRules.validate(contact, importDay);
        if (!errors.isEmpty()) {
            throw new UnusableCard(displayName + ": "
                    + errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
        }
        String uid = card.getUid() == null ? "" : clean(card.getUid().getValue());
        return new VCardContact(position, span.begin(), uid, contact, profiles, leftOut);
    }

    /**
     * FN, else the parts of N; a company card (Apple's X-ABShowAs:COMPANY) is shown by its organization; a card
     * with no personal name by its organization, email address or phone number, as phones show it.
     */
    private static String displayName(VCard card, String given, String family, String organization,
                                      List<String> emails, List<String> phones) {
        RawProperty showAs = card.getExtendedProperty("X-ABSHOWAS");
        if (showAs != null && "COMPANY".equalsIgnoreCase(clean(showAs.getValue())) && !organization.isEmpty()) {
            return firstUnit(organization);
        }
        return firstNonBlank(Stream.concat(card.getFormattedNames().stream().map(FormattedName::getValue),
                Stream.of((given + " " + family).strip(), firstUnit(organization),
                        emails.isEmpty() ? "" : emails.getFirst(), phones.isEmpty() ? "" : phones.getFirst())))
                .orElse("");
    }

    private static String firstUnit(String organization) {
        int end = organization.indexOf(ORGANIZATION_UNITS);
        return end < 0 ? organization : organization.substring(0, end);
    }

    private static String organization(Organization organization) {
        return organization.getValues().stream().map(CardConverter::clean).filter(unit -> !unit.isEmpty())
                .collect(Collectors.joining(ORGANIZATION_UNITS));
    }

    private static List<String> emails(VCard card, CardLines lines, List<RowIssue> leftOut) {
        Map<String, String> emails = new LinkedHashMap<>();
        for (Email email : card.getEmails()) {
            String address = clean(email.getValue());
            if (address.isEmpty()) {
                continue;
            }
            if (address.length() > ContactRules.EMAIL_MAX || !ContactRules.isEmail(address)) {
                leftOut.add(new RowIssue(lines.of("EMAIL", address),
                        "\"" + address + "\" is not an email address; left out"));
            } else {
                emails.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
            }
        }
        return List.copyOf(emails.values());
    }

    private static List<String> phones(VCard card, CardLines lines, List<RowIssue> leftOut) {
        Set<String> phones = new LinkedHashSet<>();
        for (Telephone telephone : card.getTelephoneNumbers()) {
            String phone = telephone.getText() != null ? clean(telephone.getText()) : number(telephone.getUri());
            if (phone.length() > ContactRules.PHONE_MAX) {
                leftOut.add(new RowIssue(lines.of("TEL", ""), "the phone number \"" + phone + "\" is longer than "
                        + ContactRules.PHONE_MAX + " characters; left out"));
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

    private static List<String> tags(VCard card, CardLines lines, List<RowIssue> leftOut) {
        Map<String, String> tags = new LinkedHashMap<>();
        card.getCategoriesList().stream().flatMap(categories -> categories.getValues().stream())
                .map(CardConverter::clean).filter(tag -> !tag.isEmpty()).forEach(tag -> {
                    if (tag.length() > ContactRules.TAG_MAX) {
                        leftOut.add(new RowIssue(lines.of("CATEGORIES", ""), "the category \"" + tag
                                + "\" is longer than " + ContactRules.TAG_MAX + " characters; left out"));
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

    private static void addExtras(VCard card, ImportedExtras extras) {
        card.getNicknames().forEach(nickname -> extras.addAll("Nickname",
                nickname.getValues().stream().map(CardConverter::clean).toList()));
        for (Address address : card.getAddresses()) {
            String type = address.getTypes().isEmpty() ? "" : " (" + address.getTypes().getFirst().getValue()
                    .toLowerCase(Locale.ROOT) + ")";
            String written = Stream.of(address.getPoBox(), address.getExtendedAddress(), address.getStreetAddress(),
                            address.getLocality(), address.getRegion(), address.getPostalCode(), address.getCountry())
                    .map(CardConverter::clean).filter(part -> !part.isEmpty()).collect(Collectors.joining(", "));
            extras.add("Address" + type, written.isEmpty() ? clean(address.getLabel()) : written);
        }
        for (Impp impp : card.getImpps()) {
            String protocol = clean(impp.getProtocol());
            extras.add(protocol.isEmpty() ? "Chat" : "Chat (" + protocol + ")",
                    impp.getHandle() != null ? impp.getHandle()
                            : impp.getUri() == null ? "" : impp.getUri().toString());
        }
        for (String name : CHAT_PROPERTIES) {
            card.getExtendedProperties(name).forEach(handle -> extras.add(
                    "Chat (" + name.substring(2).toLowerCase(Locale.ROOT) + ")", clean(handle.getValue())));
        }
    }

    private List<VCardProfile> profiles(VCard card, CardLines lines, List<RowIssue> leftOut, ImportedExtras extras) {
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
                    leftOut.add(new RowIssue(lines.of(propertyName, address),
                            "the " + (type.isEmpty() ? "" : type + " ") + "profile \"" + handle
                                    + "\" is on none of your platforms; kept in the notes"));
                    extras.add(type.isEmpty() ? "Profile" : "Profile (" + type + ")", handle);
                }
            }
        }
        for (Url url : card.getUrls()) {
            String address = clean(url.getValue());
            Optional<String> platformId = matcher.byAddress(address);
            if (platformId.isPresent()) {
                profiles.putIfAbsent(platformId.get(), new VCardProfile(platformId.get(), address));
            } else {
                extras.add("Website", address);
            }
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
