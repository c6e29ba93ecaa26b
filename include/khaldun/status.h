// Status and Result<T>: how every khaldun function reports failure.
//
// No exception crosses the library boundary. A function that can fail returns
// a Status (no value) or a Result<T> (a value or a Status). An OK Status holds
// no heap memory, so returning it is as cheap as returning an int.
//
// Messages say what failed, where (file, line, byte offset) and what to do
// about it, e.g. "models/syntax.kmodel: checksum mismatch in section 3; the
// file is corrupt: rebuild it with `khaldun train`".
//
// Thread safety: Status and Result are values; distinct objects may be used
// from different threads without locking.
#ifndef KHALDUN_INCLUDE_KHALDUN_STATUS_H_
#define KHALDUN_INCLUDE_KHALDUN_STATUS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace khaldun {

// DO NOT CHANGE the numeric values: they are exit codes of the CLI.
enum class StatusCode : int {
  kOk = 0,
  kInvalidArgument = 1,   // bad option, bad input the caller could fix
  kNotFound = 2,          // a file or entry that is not there
  kCorruption = 3,        // a model or dictionary file whose bytes are wrong
  kIoError = 4,           // the OS refused a read or write
  kResourceExhausted = 5, // a limit was reached
  kInternal = 6,          // a bug in khaldun
  kUnimplemented = 7,     // asked for something khaldun does not do (yet)
};

// Name of a code, e.g. "Corruption". Never null.
const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string_view message);

  static Status Ok() { return Status(); }

  bool ok() const { return rep_ == nullptr; }
  StatusCode code() const { return rep_ ? rep_->code : StatusCode::kOk; }
  // Empty for OK.
  const std::string& message() const;
  // "Corruption: <message>", or "OK".
  std::string ToString() const;

  // Returns a copy whose message is "<prefix>: <message>". OK stays OK.
  Status WithContext(std::string_view prefix) const;

  Status(const Status& other);
  Status& operator=(const Status& other);
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

 private:
  struct Rep {
    StatusCode code;
    std::string message;
  };
  std::unique_ptr<Rep> rep_;  // null when OK: an OK status never allocates
};

inline Status InvalidArgumentError(std::string_view m) { return Status(StatusCode::kInvalidArgument, m); }
inline Status NotFoundError(std::string_view m) { return Status(StatusCode::kNotFound, m); }
inline Status CorruptionError(std::string_view m) { return Status(StatusCode::kCorruption, m); }
inline Status IoError(std::string_view m) { return Status(StatusCode::kIoError, m); }
inline Status ResourceExhaustedError(std::string_view m) { return Status(StatusCode::kResourceExhausted, m); }
inline Status InternalError(std::string_view m) { return Status(StatusCode::kInternal, m); }
inline Status UnimplementedError(std::string_view m) { return Status(StatusCode::kUnimplemented, m); }

// A value of type T, or the Status saying why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok()) status_ = InternalError("Result constructed from an OK Status without a value");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  // Precondition: ok().
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace khaldun

#define KHALDUN_STATUS_CONCAT_INNER_(a, b) a##b
#define KHALDUN_STATUS_CONCAT_(a, b) KHALDUN_STATUS_CONCAT_INNER_(a, b)

// Returns from the current function if `expr` (a Status) is not OK.
#define KHALDUN_RETURN_IF_ERROR(expr)                    \
  do {                                                   \
    ::khaldun::Status khaldun_status_ = (expr);          \
    if (!khaldun_status_.ok()) return khaldun_status_;   \
  } while (0)

// `lhs = value of expr` (a Result<T>), or returns its Status from the function.
#define KHALDUN_ASSIGN_OR_RETURN(lhs, expr) \
  KHALDUN_ASSIGN_OR_RETURN_IMPL_(KHALDUN_STATUS_CONCAT_(khaldun_result_, __LINE__), lhs, expr)
#define KHALDUN_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                   \
  if (!tmp.ok()) return tmp.status();                  \
  lhs = std::move(tmp).value()

#endif  // KHALDUN_INCLUDE_KHALDUN_STATUS_H_
