package uk.quarterlyreturns.report.render;

import java.nio.charset.StandardCharsets;

/** A page's content read token by token, so that strings and comments are never taken for operators. */
final class ContentTokens {

    private ContentTokens() {
    }

    /** A name token's text without its slash, or null if the token is not a name. */
    static String name(byte[] in, int at) {
        return in[at] == '/' ? new String(in, at + 1, tokenEnd(in, at) - at - 1, StandardCharsets.ISO_8859_1) : null;
    }

    static boolean is(byte[] in, int start, int end, String text) {
        if (end - start != text.length()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (in[start + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** An operator is a bare word that is not a number or a keyword operand. */
    static boolean isOperator(byte[] in, int start, int end) {
        int b = in[start] & 0xff;
        if (isDelimiter(b) || b == '+' || b == '-' || b == '.' || (b >= '0' && b <= '9')) {
            return false;
        }
        return !is(in, start, end, "true") && !is(in, start, end, "false") && !is(in, start, end, "null");
    }

    /** Where the token starting at {@code i} ends, or -1 if the content is not as the printer writes it. */
    static int tokenEnd(byte[] in, int i) {
        int b = in[i] & 0xff;
        switch (b) {
            case '(' -> {
                int depth = 0;
                for (int j = i; j < in.length; j++) {
                    if (in[j] == '\\') {
                        j++;
                    } else if (in[j] == '(') {
                        depth++;
                    } else if (in[j] == ')' && --depth == 0) {
                        return j + 1;
                    }
                }
                return -1;
            }
            case '<' -> {
                if (i + 1 < in.length && in[i + 1] == '<') {
                    return i + 2;
                }
                for (int j = i + 1; j < in.length; j++) {
                    if (in[j] == '>') {
                        return j + 1;
                    }
                }
                return -1;
            }
            case '>' -> {
                return i + 1 < in.length && in[i + 1] == '>' ? i + 2 : -1;
            }
            case '[', ']', '{', '}' -> {
                return i + 1;
            }
            case '%' -> {
                int j = i;
                while (j < in.length && in[j] != '\n' && in[j] != '\r') {
                    j++;
                }
                return j;
            }
            default -> {
                int j = i + 1;
                while (j < in.length && !isWhite(in[j] & 0xff) && !isDelimiter(in[j] & 0xff)) {
                    j++;
                }
                return j;
            }
        }
    }

    static int skipWhite(byte[] in, int i) {
        while (i < in.length && isWhite(in[i] & 0xff)) {
            i++;
        }
        return i;
    }

    static boolean isWhite(int b) {
        return b == 0 || b == 9 || b == 10 || b == 12 || b == 13 || b == 32;
    }

    private static boolean isDelimiter(int b) {
        return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}'
                || b == '/' || b == '%';
    }
}
