package org.w3id.deportationdeals.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The bytes of an article file decoded strictly as UTF-8. Anything that is not plain UTF-8 text is refused with the
 * file and line, rather than silently replaced: a mangled character in a name would end up in the graph.
 */
final class ArticleText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Above this share of control bytes a file is not text (logs and real text have almost none). */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private ArticleText() {
    }

    /** Decodes the file's bytes, dropping a leading byte-order mark. */
    static String decode(Path file, byte[] bytes) throws ArticleException {
        int offset = startsWithBom(bytes) ? BOM.length : 0;
        if (bytes.length - offset == 0) {
            throw new ArticleException(file, 0, "the file is empty");
        }
        refuseBinary(file, bytes, offset);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            throw new ArticleException(file, lineOf(bytes, bad), String.format(
                    "not valid UTF-8: byte 0x%02X at byte offset %d; save the file as UTF-8", bytes[bad] & 0xFF, bad));
        }
        out.flip();
        String text = out.toString();
        if (text.isBlank()) {
            throw new ArticleException(file, 0, "the file is empty (only whitespace)");
        }
        return text;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static void refuseBinary(Path file, byte[] bytes, int offset) throws ArticleException {
        int control = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ArticleException(file, lineOf(bytes, i),
                        "binary file (NUL byte at byte offset " + i + "), not an article text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' || b == 0x7F) {
                control++;
            }
        }
        if (control > 0 && control > MAX_CONTROL_SHARE * (bytes.length - offset)) {
            throw new ArticleException(file, 0,
                    "binary file (" + control + " control bytes in " + bytes.length + "), not an article text");
        }
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
