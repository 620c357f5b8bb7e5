#include "secret.h"

#include <sodium.h>

#include <utility>

namespace hearth {

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecretBytes::SecretBytes(std::size_t size)
{
    if (!initSodium() || size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data) {
        m_size = size;
        sodium_memzero(m_data, m_size);
    }
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes bytes(size);
    if (!bytes.isNull())
        randombytes_buf(bytes.data(), bytes.size());
    return bytes;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (isNull() || other.isNull() || m_size != other.m_size)
        return false;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecretBytes::release()
{
    if (!m_data)
        return;
    sodium_memzero(m_data, m_size);
    sodium_free(m_data); // also unlocks the pages
    m_data = nullptr;
    m_size = 0;
}

} // namespace hearth
