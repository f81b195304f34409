// Claims: whose view a clause states (its holder), how sure it is, under what
// condition, and what it recommends. Built per sentence after cues and actors.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/document.h"
#include "claimlens/levels.h"

namespace claimlens {

enum class HolderType : uint8_t {
  kAuthor,   // the author's own voice (also "we assess" in an assessment)
  kActor,    // a state, organisation or group the actors stage knows
  kPerson,   // a person (known, or named with a title or byline)
  kNamed,    // a named source that is not an actor ("the Maritime Risk Observatory")
  kUnnamed,  // "officials", "analysts", "critics"
};
std::string_view HolderTypeName(HolderType type);

// Whose view a stretch of a sentence states. Holder 0 of every sentence is the author.
struct Holder {
  HolderType type = HolderType::kAuthor;
  std::string id;  // "author", an actor or person id, or the source's name or words
  Span text;       // the words naming the source (empty for the author)
  int outer = -1;  // the holder who reports this one's view (a nested report), or -1
};

// An actor's evaluation in a claim.
struct StanceItem {
  std::string actor;  // actor id
  int polarity = 0;   // -1, 0, 1
  Span cue;           // the evaluative words
  uint16_t holder = 0;
};

// One claim: a sentence, or a clause of it when its clauses have different
// holders or likelihoods.
struct Claim {
  uint32_t begin = 0;  // tokens [begin, end) of the sentence
  uint32_t end = 0;
  Span span;
  uint32_t line = 1;
  uint32_t col = 1;
  uint32_t page = 0;  // in a PDF, else 0
  uint16_t holder = 0;              // into SentenceAnalysis::holders
  std::vector<uint32_t> cues;       // into SentenceAnalysis::cues
  std::vector<uint32_t> markers;    // into SentenceAnalysis::markers
  std::vector<std::string> actors;  // ids mentioned, in order, each once
  bool uncertain = false;
  Level level = Level::kNone;  // from the governing estimative cue
  int level_cue = -1;          // that cue, into SentenceAnalysis::cues
  Confidence confidence = Confidence::kNone;
  bool conditional = false;
  Span condition;  // the protasis, when conditional
  bool recommendation = false;
  std::string addressee;  // an actor id or the words, when a recommendation
  std::vector<StanceItem> stance;
  // What set the holder, the confidence and the recommendation (for --explain):
  // indexes into SentenceAnalysis::markers and ::cues, or -1.
  int holder_marker = -1;
  int confidence_cue = -1;
  int recommendation_marker = -1;
};

}  // namespace claimlens
