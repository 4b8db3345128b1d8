package app.rapport.interchange.download;

import java.time.LocalDate;

/**
 * A day on which the owner of a LinkedIn export and one other person wrote to each other, in a conversation
 * of two or a group. Nothing of what was written: only who, which conversation and when.
 */
public record MessageDay(String partnerProfileUrl, String partnerName, String conversationId, LocalDate day,
        String file) {
}
