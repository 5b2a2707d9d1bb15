# A small Ruby program for Pyrograph's stackprof test data:
# ruby work.rb MODE OUT.json (MODE: cpu, wall or object).
require "stackprof"
require "json"

def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
def strings(n) = (1..n).map { |i| "item #{i}" * 3 }.join(",")
def sorted(n) = Array.new(n) { |i| (i * 7919) % 1000 }.sort
def pause = sleep(0.05)

def work
  20.times do
    fib(24)
    strings(2000)
    sorted(5000)
  end
  pause
end

mode = ARGV[0].to_sym
interval = mode == :object ? 500 : 1000
profile = StackProf.run(mode: mode, raw: true, interval: interval) { work }
File.write(ARGV[1], JSON.generate(profile))
