package app.rapport.service;

import java.util.Set;

import app.rapport.domain.InteractionKind;
import app.rapport.interchange.download.DownloadPlatform;
import app.rapport.store.InteractionRepository;
import app.rapport.store.StoreTransaction;

/**
 * What makes an interaction from a download the same as one already stored, so that importing again adds
 * nothing. LinkedIn messages give one interaction per contact and day (EXPORTS.md), whichever conversations
 * and profile URLs the day's messages came through; a calendar gives one per contact and occurrence.
 */
final class DownloadedInteractions {

    private DownloadedInteractions() {
    }

    /** The key a visit is stored under as an interaction of its own, beside its contact. */
    static String sourceKey(DownloadPlatform platform, DownloadPlan.Visit visit) {
        return platform == DownloadPlatform.LINKEDIN ? InteractionRepository.messageDayKey(visit.day())
                : visit.sourceKey();
    }

    /** Whether a visit is a day of LinkedIn messages the store keeps with the person's other such days. */
    static boolean isMessageDay(DownloadPlatform platform, DownloadPlan.Visit visit) {
        return platform == DownloadPlatform.LINKEDIN && visit.kind() == InteractionKind.MESSAGE
                && InteractionRepository.keepsAsMessageDay(visit.day());
    }

    /** The identities of what is already stored from {@code platform}, as {@link #identity} words them. */
    static Set<String> stored(StoreTransaction tx, DownloadPlatform platform) {
        return platform == DownloadPlatform.LINKEDIN ? tx.interactions().daysFromSource(platform.name())
                : tx.interactions().sourceKeys(platform.name());
    }

    static String identity(DownloadPlatform platform, long contactId, DownloadPlan.Visit visit) {
        return contactId + "|" + sameFor(platform, visit);
    }

    /** What two visits with one contact share when they are one interaction: the day, or the occurrence. */
    static String sameFor(DownloadPlatform platform, DownloadPlan.Visit visit) {
        return platform == DownloadPlatform.LINKEDIN ? visit.day().toString() : visit.sourceKey();
    }
}
