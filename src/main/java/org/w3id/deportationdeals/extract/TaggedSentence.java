package org.w3id.deportationdeals.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.deportationdeals.corpus.Sentence;

/**
 * A sentence with every recognised span replaced by a placeholder such as {@code <COUNTRY:2>}, so that rules are
 * plain regular expressions over words and placeholders; offsets in the view map back to body offsets.
 */
final class TaggedSentence {
    static final Pattern PLACEHOLDER = Pattern.compile("<([A-Z]+):(\\d+)>");

    private final Sentence sentence;
    private final List<Token> tokens;
    private final String view;
    private final int[] startOf;
    private final int[] endOf;

    private TaggedSentence(Sentence sentence, List<Token> tokens, String view, int[] startOf, int[] endOf) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.view = view;
        this.startOf = startOf;
        this.endOf = endOf;
    }

    /** Builds the view; of overlapping candidates the longest wins (a court's name over the country in it). */
    static TaggedSentence of(Sentence sentence, List<Token> candidates) {
        List<Token> sorted = new ArrayList<>(candidates);
        sorted.removeIf(t -> t.start() < sentence.start() || t.end() > sentence.end() || t.end() <= t.start());
        sorted.sort(Comparator.comparingInt(Token::length).reversed().thenComparingInt(Token::rank)
                .thenComparingInt(Token::start));
        List<Token> kept = new ArrayList<>();
        for (Token t : sorted) {
            if (kept.stream().noneMatch(k -> k.start() < t.end() && t.start() < k.end())) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(Token::start));
        String text = sentence.normalised();
        StringBuilder view = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int i = 0;
        int base = sentence.start();
        for (int k = 0; k <= kept.size(); k++) {
            int stop = k < kept.size() ? kept.get(k).start() - base : text.length();
            for (; i < stop; i++) {
                char c = text.charAt(i);
                // Angle brackets in the text would look like placeholders.
                view.append(c == '<' ? '‹' : c == '>' ? '›' : c);
                starts.add(base + i);
                ends.add(base + i + 1);
            }
            if (k < kept.size()) {
                Token t = kept.get(k);
                String placeholder = "<" + t.type() + ":" + k + ">";
                for (int j = 0; j < placeholder.length(); j++) {
                    starts.add(t.start());
                    ends.add(t.end());
                }
                view.append(placeholder);
                i = t.end() - base;
            }
        }
        return new TaggedSentence(sentence, List.copyOf(kept), view.toString(),
                starts.stream().mapToInt(Integer::intValue).toArray(), ends.stream().mapToInt(Integer::intValue).toArray());
    }

    Sentence sentence() { return sentence; }
    String view() { return view; }
    List<Token> tokens() { return tokens; }

    /** Body offset where the view's character {@code viewIndex} starts. */
    int bodyStart(int viewIndex) {
        return viewIndex < startOf.length ? startOf[viewIndex] : sentence.end();
    }

    /** Body offset after the view's character {@code viewEnd - 1}. */
    int bodyEnd(int viewEnd) {
        return viewEnd > 0 ? endOf[viewEnd - 1] : sentence.start();
    }

    /** The tokens whose placeholders lie in the view between the two indices, in order. */
    List<Token> tokensIn(int viewStart, int viewEnd) {
        List<Token> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(view).region(viewStart, viewEnd);
        while (m.find()) {
            out.add(tokens.get(Integer.parseInt(m.group(2))));
        }
        return out;
    }

    /** The sentence's words (as written) between two view indices, trimmed. */
    String text(int viewStart, int viewEnd) {
        int from = bodyStart(viewStart) - sentence.start();
        int to = bodyEnd(viewEnd) - sentence.start();
        return from < to ? sentence.text().substring(from, to).strip() : "";
    }

    /** Index in the view of the placeholder of a token, or -1. */
    int viewIndexOf(Token token) {
        int k = tokens.indexOf(token);
        return k < 0 ? -1 : view.indexOf("<" + token.type() + ":" + k + ">");
    }

    @Override public String toString() { return view; }
}
