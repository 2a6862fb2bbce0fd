import FuzzSupport

runFuzzer(fuzzSegmenter)
