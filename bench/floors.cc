// Floors for the benchmark: the least work any tokenizer built on ICU must do.
// Runs ICU's word (or sentence) BreakIterator over a file's UTF-8 bytes through
// UText, counting segments, and nothing else.
// Usage: icu_floor word|sentence FILE
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: icu_floor word|sentence FILE\n");
    return 2;
  }
  const int fd = open(argv[2], O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) return 2;
  const auto* data = static_cast<const char*>(mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      std::strcmp(argv[1], "word") == 0
          ? icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status)
          : icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, data, st.st_size, &status);
  it->setText(&ut, status);
  if (U_FAILURE(status)) return 2;
  long segments = 0;
  long words = 0;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    ++segments;
    words += it->getRuleStatus() >= UBRK_WORD_NUMBER;
  }
  std::printf("%ld segments, %ld words\n", segments, words);
  return 0;
}
