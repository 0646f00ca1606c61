// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace rouge {

/**
 * The ROUGE metric's stemmer (the drafter itself stems with Snowball, see core/rapporteur/draftlanguage.h):
 * English suffix stripping after M.F. Porter, "An algorithm for suffix stripping" (1980), in the variant that
 * ROUGE scorers use: Google's rouge-score calls NLTK's PorterStemmer in its default NLTK_EXTENSIONS mode, so where
 * that mode departs from the paper this class follows NLTK (each departure is marked in porterstemmer.cpp), so the
 * summariser's ROUGE scores are comparable with rouge-score's.
 *
 * Stateless and reentrant: call it from any thread. It cannot fail. The input is meant to be one lowercase word;
 * words of at most two characters and words holding any non-ASCII character come back unchanged. Other ASCII
 * characters (digits, '-', '\'') count as consonants, as in NLTK, so "1990s" becomes "1990".
 * Uppercase letters are not folded: lowercase first.
 */
class PorterStemmer final
{
public:
    [[nodiscard]] static QString stem(QStringView lowercaseWord);
};

} // namespace rouge
