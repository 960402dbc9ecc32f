// The two queues of a run: bounded by items and bytes, woken in bursts, and never losing or
// reordering an input, however many threads take from them.
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "lib/run/ordered_slots.h"
#include "lib/run/work_queue.h"

namespace crosscheck::internal {
namespace {

constexpr QueueBounds kBounds{/*max_items=*/8, /*min_items=*/2, /*byte_budget=*/1000};

struct BoundsCase {
  size_t items, bytes;
  bool full, low;
};

TEST(QueueBounds, FullAndLow) {
  const BoundsCase cases[] = {
      {0, 0, false, true},       // Empty.
      {1, 5000, false, true},    // Room for min_items, whatever their size.
      {2, 5000, true, false},    // Past min_items and over the budget.
      {2, 999, false, false},    // Under the budget, but over half of it.
      {4, 500, false, true},     // Half the items and half the budget.
      {5, 100, false, false},    // More than half the items.
      {7, 100, false, false},
      {8, 0, true, false},       // max_items.
      {3, 1000, true, false},
  };
  for (const BoundsCase& c : cases) {
    EXPECT_EQ(kBounds.Full(c.items, c.bytes), c.full) << c.items << " items, " << c.bytes;
    EXPECT_EQ(kBounds.Low(c.items, c.bytes), c.low) << c.items << " items, " << c.bytes;
  }
}

// Sizes that make both bounds bind in turn: mostly small items, now and then a large one.
size_t SizeOf(int i) { return i % 97 == 0 ? 5000 : static_cast<size_t>(i % 300); }

TEST(WorkQueue, EveryItemOnceWithSeveralTakers) {
  constexpr int kItems = 20000;
  WorkQueue<int> queue(kBounds);
  std::vector<std::atomic<int>> seen(kItems);
  std::vector<std::thread> takers;
  for (int t = 0; t < 3; ++t) {
    takers.emplace_back([&] {
      while (std::optional<int> i = queue.Pop()) seen[*i].fetch_add(1);
    });
  }
  for (int i = 0; i < kItems; ++i) queue.Push(i, SizeOf(i));
  queue.Close();
  for (std::thread& t : takers) t.join();
  for (int i = 0; i < kItems; ++i) ASSERT_EQ(seen[i].load(), 1) << "item " << i;
}

TEST(OrderedSlots, DeliveredInOrderWhenFilledOutOfOrder) {
  constexpr int kInputs = 5000;
  std::vector<std::string> delivered;
  const StreamSink sink{[&](DocumentResult d, std::string) { delivered.push_back(d.id); },
                        [&](Diagnostic d) { delivered.push_back("!" + d.input); }};
  OrderedSlots slots(kBounds, sink);
  WorkQueue<uint64_t> queue(kBounds);
  std::vector<std::thread> fillers;
  for (int t = 0; t < 3; ++t) {
    fillers.emplace_back([&] {
      while (std::optional<uint64_t> position = queue.Pop()) {
        Slot slot;
        slot.read_document = true;
        slot.id = std::to_string(*position);
        slot.document.emplace();
        slot.document->id = slot.id;
        slots.Fill(*position, std::move(slot));
      }
    });
  }
  for (int i = 0; i < kInputs; ++i) {
    if (i % 10 == 9) {  // A diagnostic is filled by the opening thread itself.
      Slot slot;
      slot.diagnostics.push_back({std::to_string(i), "unreadable", true});
      slots.Fill(slots.Open(0), std::move(slot));
    } else {
      queue.Push(slots.Open(SizeOf(i)), SizeOf(i));
    }
  }
  queue.Close();
  for (std::thread& t : fillers) t.join();
  ASSERT_EQ(delivered.size(), static_cast<size_t>(kInputs));
  for (int i = 0; i < kInputs; ++i) {
    EXPECT_EQ(delivered[i], (i % 10 == 9 ? "!" : "") + std::to_string(i));
  }
}

}  // namespace
}  // namespace crosscheck::internal
