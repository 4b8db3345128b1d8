package app.rapport.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.rapport.domain.Contact;
import app.rapport.domain.Familiarity;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.ReadinessEngine;
import app.rapport.domain.Verdict;
import app.rapport.store.RuleInputs;

/**
 * The active contacts among the rules' inputs, with what the readiness engine reads about each, whichever page
 * asks.
 */
record ActiveContacts(List<Contact> contacts, RuleInputs inputs) {

    static ActiveContacts of(RuleInputs inputs) {
        return new ActiveContacts(inputs.contacts().stream().filter(contact -> !contact.archived()).toList(), inputs);
    }

    List<Platform> platforms() {
        return inputs.platforms();
    }

    List<Platform> visiblePlatforms() {
        return ReadinessService.visible(inputs.platforms());
    }

    List<Interaction> interactionsOf(Contact contact) {
        return inputs.interactionsOf(contact);
    }

    /** The contact's verdict and link on each visible platform. */
    ReadinessRow row(Contact contact, LocalDate today) {
        List<Link> own = inputs.linksOf(contact);
        Familiarity familiarity = Familiarity.asOf(contact, interactionsOf(contact), inputs.settings(), today);
        Map<String, Verdict> verdicts = new HashMap<>();
        for (Platform platform : visiblePlatforms()) {
            ReadinessEngine.evaluate(contact, own, familiarity, inputs.settings(), platform, inputs.platforms(),
                            today)
                    .ifPresent(verdict -> verdicts.put(platform.id(), verdict));
        }
        Map<String, Link> linkByPlatform = new HashMap<>();
        own.forEach(link -> linkByPlatform.put(link.platformId(), link));
        return new ReadinessRow(contact, verdicts, linkByPlatform);
    }
}
