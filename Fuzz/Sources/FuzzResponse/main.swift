import FuzzDriver

runLibFuzzer(fuzzResponse)
