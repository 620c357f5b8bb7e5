#pragma once

#include <cstddef>

namespace hearth {

// A buffer for key material (STYLE.md habit 5): allocated with sodium_malloc (guarded pages,
// locked into memory so it is never swapped out) and wiped with sodium_memzero when it goes
// out of scope. Move-only, so a key is never silently copied.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    // A new buffer filled by randombytes_buf.
    static SecretBytes random(std::size_t size);

    bool isNull() const { return m_data == nullptr; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    // Constant-time comparison (sodium_memcmp).
    bool equals(const SecretBytes &other) const;

private:
    void release();
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// sodium_init(), once; false when libsodium cannot be used at all.
bool initSodium();

} // namespace hearth
