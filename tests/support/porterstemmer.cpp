// SPDX-License-Identifier: MIT
#include "tests/support/porterstemmer.h"

#include <algorithm>
#include <array>
#include <memory>
#include <span>
#include <string_view>

// Written from the rules in Porter's paper. Where NLTK's default mode (NLTK_EXTENSIONS, the one rouge-score gets)
// differs from the paper, the NLTK behaviour is kept and marked "NLTK:" below. Rules are tried in table order and
// the first suffix that matches decides, even when its condition fails: that is the paper's "longest matching
// suffix" rule, because in every table a suffix comes before any shorter suffix that ends it ("ement", "ment", "ent").

namespace rouge {
namespace {

// Words up to this length are stemmed in place on the stack; only the returned QString allocates.
constexpr qsizetype InlineCapacity = 64;

constexpr bool isPlainVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/**
 * The word being stemmed, as Latin-1 bytes, with Porter's letter-class predicates. No rule makes a word longer
 * than the input (the longest growth, "-at" -> "-ate", comes after "-ed"/"-ing" went), so the buffer never grows.
 */
class Word
{
public:
    explicit Word(QStringView ascii)
        : m_capacity(ascii.size())
        , m_size(ascii.size())
    {
        if (m_capacity > InlineCapacity) {
            m_heap = std::make_unique<char[]>(static_cast<std::size_t>(m_capacity));
            m_chars = m_heap.get();
        }
        std::transform(ascii.begin(), ascii.end(), m_chars, [](QChar c) { return static_cast<char>(c.unicode()); });
    }

    Q_DISABLE_COPY_MOVE(Word)

    ~Word() = default;

    [[nodiscard]] qsizetype size() const { return m_size; }

    [[nodiscard]] char at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_chars[i];
    }

    [[nodiscard]] QString toString() const { return QString::fromLatin1(m_chars, m_size); }

    [[nodiscard]] bool endsWith(std::string_view suffix) const
    {
        const auto length = static_cast<qsizetype>(suffix.size());
        if (length > m_size) {
            return false;
        }
        // From the last letter back, where nearly all candidates already differ; cheaper than a memcmp call.
        const char *tail = m_chars + (m_size - length);
        for (qsizetype i = length - 1; i >= 0; --i) {
            if (tail[i] != suffix[static_cast<std::size_t>(i)]) {
                return false;
            }
        }
        return true;
    }

    [[nodiscard]] bool equals(std::string_view text) const
    {
        return static_cast<qsizetype>(text.size()) == size() && endsWith(text);
    }

    /// A consonant is a letter other than a, e, i, o, u, and other than y preceded by a consonant.
    [[nodiscard]] bool isConsonant(qsizetype i) const
    {
        const char c = at(i);
        if (isPlainVowel(c)) {
            return false;
        }
        if (c == 'y') {
            return i == 0 || !isConsonant(i - 1);
        }
        return true;
    }

    /// Porter's m for the first @p length letters: the n in [C](VC)^n[V].
    [[nodiscard]] int measure(qsizetype length) const
    {
        int m = 0;
        bool previousIsVowel = false;
        for (qsizetype i = 0; i < length; ++i) {
            const char c = at(i);
            const bool vowel = isPlainVowel(c) || (c == 'y' && i > 0 && !previousIsVowel);
            if (!vowel && previousIsVowel) {
                ++m;
            }
            previousIsVowel = vowel;
        }
        return m;
    }

    /// *v*: the first @p length letters contain a vowel.
    [[nodiscard]] bool containsVowel(qsizetype length) const
    {
        for (qsizetype i = 0; i < length; ++i) {
            if (!isConsonant(i)) {
                return true;
            }
        }
        return false;
    }

    /// *d: the first @p length letters end with a double consonant.
    [[nodiscard]] bool endsWithDoubleConsonant(qsizetype length) const
    {
        return length >= 2 && at(length - 1) == at(length - 2) && isConsonant(length - 1);
    }

    /// *o: the first @p length letters end consonant-vowel-consonant, the last not w, x or y.
    [[nodiscard]] bool endsWithCvc(qsizetype length) const
    {
        if (length >= 3) {
            const char last = at(length - 1);
            return isConsonant(length - 3) && !isConsonant(length - 2) && isConsonant(length - 1) && last != 'w'
                   && last != 'x' && last != 'y';
        }
        // NLTK: a two-letter stem vowel-consonant also counts (as in Porter's later "short syllable"), so
        // "iced" -> "ice" rather than the paper's "ic".
        return length == 2 && !isConsonant(0) && isConsonant(1);
    }

    /// Keeps the first @p stemLength letters and appends @p replacement.
    void replaceTail(qsizetype stemLength, std::string_view replacement)
    {
        const auto length = static_cast<qsizetype>(replacement.size());
        Q_ASSERT(stemLength >= 0 && stemLength <= m_size && stemLength + length <= m_capacity);
        std::copy(replacement.begin(), replacement.end(), m_chars + stemLength);
        m_size = stemLength + length;
    }

    void truncate(qsizetype length)
    {
        Q_ASSERT(length >= 0 && length <= m_size);
        m_size = length;
    }

    void chop(qsizetype count) { truncate(m_size - count); }

private:
    std::array<char, InlineCapacity> m_inline;
    std::unique_ptr<char[]> m_heap;
    char *m_chars = m_inline.data();
    qsizetype m_capacity;
    qsizetype m_size;
};

enum class Condition
{
    Always,
    MeasureAbove0,
    MeasureAbove1,
    MeasureAbove1AndEndsSOrT, ///< step 4 "ion"
    MeasureAbove0WithL,       ///< NLTK step 2 "logi": the "l" counts as part of the stem
};

struct Rule
{
    std::string_view suffix;
    std::string_view replacement;
    Condition condition;
};

bool holds(const Word &word, qsizetype stemLength, Condition condition)
{
    switch (condition) {
    case Condition::Always:
        return true;
    case Condition::MeasureAbove0:
        return word.measure(stemLength) > 0;
    case Condition::MeasureAbove1:
        return word.measure(stemLength) > 1;
    case Condition::MeasureAbove1AndEndsSOrT:
        return word.measure(stemLength) > 1 && (word.at(stemLength - 1) == 's' || word.at(stemLength - 1) == 't');
    case Condition::MeasureAbove0WithL:
        return word.measure(stemLength + 1) > 0;
    }
    Q_UNREACHABLE();
    return false;
}

/// Applies the first rule whose suffix matches, if its condition holds; the later rules are not tried either way.
void applyFirstMatch(Word &word, std::span<const Rule> rules)
{
    for (const Rule &rule : rules) {
        if (word.endsWith(rule.suffix)) {
            const qsizetype stemLength = word.size() - static_cast<qsizetype>(rule.suffix.size());
            if (holds(word, stemLength, rule.condition)) {
                word.replaceTail(stemLength, rule.replacement);
            }
            return;
        }
    }
}

using enum Condition;

constexpr std::array step1aRules{
    Rule{"sses", "ss", Always},
    Rule{"ies", "i", Always},
    Rule{"ss", "ss", Always},
    Rule{"s", "", Always},
};

// NLTK: "bli" -> "ble" replaces the paper's "abli" -> "able" (Porter's own later correction), and "fulli" and
// "logi" are added. "alli" is also tried first, see step2().
constexpr std::array step2Rules{
    Rule{"ational", "ate", MeasureAbove0}, Rule{"tional", "tion", MeasureAbove0},
    Rule{"enci", "ence", MeasureAbove0},   Rule{"anci", "ance", MeasureAbove0},
    Rule{"izer", "ize", MeasureAbove0},    Rule{"bli", "ble", MeasureAbove0},
    Rule{"alli", "al", MeasureAbove0},     Rule{"entli", "ent", MeasureAbove0},
    Rule{"eli", "e", MeasureAbove0},       Rule{"ousli", "ous", MeasureAbove0},
    Rule{"ization", "ize", MeasureAbove0}, Rule{"ation", "ate", MeasureAbove0},
    Rule{"ator", "ate", MeasureAbove0},    Rule{"alism", "al", MeasureAbove0},
    Rule{"iveness", "ive", MeasureAbove0}, Rule{"fulness", "ful", MeasureAbove0},
    Rule{"ousness", "ous", MeasureAbove0}, Rule{"aliti", "al", MeasureAbove0},
    Rule{"iviti", "ive", MeasureAbove0},   Rule{"biliti", "ble", MeasureAbove0},
    Rule{"fulli", "ful", MeasureAbove0},   Rule{"logi", "log", MeasureAbove0WithL},
};

constexpr std::array step3Rules{
    Rule{"icate", "ic", MeasureAbove0},
    Rule{"ative", "", MeasureAbove0},
    Rule{"alize", "al", MeasureAbove0},
    Rule{"iciti", "ic", MeasureAbove0},
    Rule{"ical", "ic", MeasureAbove0},
    Rule{"ful", "", MeasureAbove0},
    Rule{"ness", "", MeasureAbove0},
};

constexpr std::array step4Rules{
    Rule{"al", "", MeasureAbove1},   Rule{"ance", "", MeasureAbove1}, Rule{"ence", "", MeasureAbove1},
    Rule{"er", "", MeasureAbove1},   Rule{"ic", "", MeasureAbove1},   Rule{"able", "", MeasureAbove1},
    Rule{"ible", "", MeasureAbove1}, Rule{"ant", "", MeasureAbove1},  Rule{"ement", "", MeasureAbove1},
    Rule{"ment", "", MeasureAbove1}, Rule{"ent", "", MeasureAbove1},  Rule{"ion", "", MeasureAbove1AndEndsSOrT},
    Rule{"ou", "", MeasureAbove1},   Rule{"ism", "", MeasureAbove1},  Rule{"ate", "", MeasureAbove1},
    Rule{"iti", "", MeasureAbove1},  Rule{"ous", "", MeasureAbove1},  Rule{"ive", "", MeasureAbove1},
    Rule{"ize", "", MeasureAbove1},
};

struct IrregularForm
{
    std::string_view word;
    std::string_view stem;
};

// NLTK: its table of irregular forms, looked up as whole words before any rule.
constexpr std::array irregularForms{
    IrregularForm{"skies", "sky"},
    IrregularForm{"sky", "sky"},
    IrregularForm{"dying", "die"},
    IrregularForm{"lying", "lie"},
    IrregularForm{"tying", "tie"},
    IrregularForm{"news", "news"},
    IrregularForm{"innings", "inning"},
    IrregularForm{"inning", "inning"},
    IrregularForm{"outings", "outing"},
    IrregularForm{"outing", "outing"},
    IrregularForm{"cannings", "canning"},
    IrregularForm{"canning", "canning"},
    IrregularForm{"howe", "howe"},
    IrregularForm{"proceed", "proceed"},
    IrregularForm{"exceed", "exceed"},
    IrregularForm{"succeed", "succeed"},
};

void step1a(Word &word)
{
    // NLTK: a four-letter "-ies" word keeps its "ie" (ties -> tie, dies -> die; the paper gives "ti"), so it
    // conflates with "tie" and "died".
    if (word.size() == 4 && word.endsWith("ies")) {
        word.chop(1);
        return;
    }
    applyFirstMatch(word, step1aRules);
}

void step1b(Word &word)
{
    // NLTK: "-ied" is "-ie" in four-letter words and "-i" otherwise, with no vowel test (died -> die, spied -> spi).
    if (word.endsWith("ied")) {
        word.replaceTail(word.size() - 3, word.size() == 4 ? "ie" : "i");
        return;
    }
    if (word.endsWith("eed")) {
        if (word.measure(word.size() - 3) > 0) {
            word.chop(1);
        }
        return;
    }
    qsizetype stemLength = 0;
    if (word.endsWith("ed")) {
        stemLength = word.size() - 2;
    } else if (word.endsWith("ing")) {
        stemLength = word.size() - 3;
    } else {
        return;
    }
    if (!word.containsVowel(stemLength)) {
        return;
    }
    word.truncate(stemLength);

    // Clean-up after removing -ed/-ing: restore an "e" or undouble a final consonant.
    if (word.endsWith("at") || word.endsWith("bl") || word.endsWith("iz")) {
        word.replaceTail(word.size(), "e");
    } else if (word.endsWithDoubleConsonant(word.size())) {
        const char last = word.at(word.size() - 1);
        if (last != 'l' && last != 's' && last != 'z') {
            word.chop(1);
        }
    } else if (word.measure(word.size()) == 1 && word.endsWithCvc(word.size())) {
        word.replaceTail(word.size(), "e");
    }
}

void step1c(Word &word)
{
    // NLTK: y -> i when the y follows a consonant that is not the first letter (happy -> happi, enjoy stays,
    // fly -> fli), Porter's later rule; the paper's condition is only *v* (so it gives fly -> fly).
    const qsizetype stemLength = word.size() - 1;
    if (word.endsWith("y") && stemLength > 1 && word.isConsonant(stemLength - 1)) {
        word.replaceTail(stemLength, "i");
    }
}

void step2(Word &word)
{
    // NLTK: "alli" -> "al" is tried before the table and, when it applies, the table then runs on the result,
    // so "traditionally" goes on to "tradition" here (the paper stops at "traditional").
    if (word.endsWith("alli") && word.measure(word.size() - 4) > 0) {
        word.chop(2);
    }
    applyFirstMatch(word, step2Rules);
}

void step5(Word &word)
{
    // 5a: (m>1) E ->, (m=1 and not *o) E ->
    if (word.endsWith("e")) {
        const qsizetype stemLength = word.size() - 1;
        const int m = word.measure(stemLength);
        if (m > 1 || (m == 1 && !word.endsWithCvc(stemLength))) {
            word.chop(1);
        }
    }
    // 5b: (m>1 and *d and *L) -> single letter
    if (word.endsWith("ll") && word.measure(word.size() - 1) > 1) {
        word.chop(1);
    }
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QString PorterStemmer::stem(QStringView lowercaseWord)
{
    if (lowercaseWord.size() <= 2 || !isAscii(lowercaseWord)) {
        return lowercaseWord.toString();
    }
    Word word(lowercaseWord);
    for (const IrregularForm &form : irregularForms) {
        if (word.equals(form.word)) {
            return QString::fromLatin1(form.stem.data(), static_cast<qsizetype>(form.stem.size()));
        }
    }
    step1a(word);
    step1b(word);
    step1c(word);
    step2(word);
    applyFirstMatch(word, step3Rules);
    applyFirstMatch(word, step4Rules);
    step5(word);
    return word.toString();
}

} // namespace rouge
