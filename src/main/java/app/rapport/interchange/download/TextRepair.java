package app.rapport.interchange.download;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Facebook and Instagram write each UTF-8 byte of non-ASCII text as its own "backslash-u 00XX" escape, so "Renée"
 * arrives as "RenÃ©e". When every char fits in a byte and those bytes are valid UTF-8, the decoded text is meant.
 */
public final class TextRepair {

    private TextRepair() {
    }

    public static String repair(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        boolean nonAscii = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return text;
            }
            nonAscii |= c > 0x7F;
            bytes[i] = (byte) c;
        }
        if (!nonAscii) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notMojibake) {
            return text;
        }
    }
}
