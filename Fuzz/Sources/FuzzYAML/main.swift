import FuzzDriver

runLibFuzzer(fuzzYAML)
