#pragma once

#include "util/Result.h"

#include <QString>

#include <optional>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

// The OpenSSL functions signature checks use, taken from libcrypto when the first check runs
// (as Qt's own TLS backend does) rather than at start-up: linked, libcrypto's relocations were a
// quarter of the loader's work for every CLI command and every start of the app.
#define TOKENBENCH_LIBCRYPTO_FUNCTIONS(X)                                                          \
    X(BIO_free)                                                                                    \
    X(BIO_new_mem_buf)                                                                             \
    X(BN_bin2bn)                                                                                   \
    X(BN_free)                                                                                     \
    X(CRYPTO_memcmp)                                                                               \
    X(ECDSA_SIG_free)                                                                              \
    X(ECDSA_SIG_new)                                                                               \
    X(ECDSA_SIG_set0)                                                                              \
    X(ERR_clear_error)                                                                             \
    X(ERR_error_string_n)                                                                          \
    X(ERR_get_error)                                                                               \
    X(EVP_DigestVerify)                                                                            \
    X(EVP_DigestVerifyInit)                                                                        \
    X(EVP_MD_CTX_free)                                                                             \
    X(EVP_MD_CTX_new)                                                                              \
    X(EVP_MD_fetch)                                                                                \
    X(EVP_MD_free)                                                                                 \
    X(EVP_PKEY_CTX_free)                                                                           \
    X(EVP_PKEY_CTX_new_from_name)                                                                  \
    X(EVP_PKEY_CTX_set_rsa_mgf1_md)                                                                \
    X(EVP_PKEY_CTX_set_rsa_padding)                                                                \
    X(EVP_PKEY_CTX_set_rsa_pss_saltlen)                                                            \
    X(EVP_PKEY_free)                                                                               \
    X(EVP_PKEY_fromdata)                                                                           \
    X(EVP_PKEY_fromdata_init)                                                                      \
    X(EVP_PKEY_get_base_id)                                                                        \
    X(EVP_PKEY_get_bits)                                                                           \
    X(EVP_PKEY_get_group_name)                                                                     \
    X(EVP_PKEY_new_raw_public_key)                                                                 \
    X(EVP_Q_mac)                                                                                   \
    X(OSSL_PARAM_BLD_free)                                                                         \
    X(OSSL_PARAM_BLD_new)                                                                          \
    X(OSSL_PARAM_BLD_push_BN)                                                                      \
    X(OSSL_PARAM_BLD_push_octet_string)                                                            \
    X(OSSL_PARAM_BLD_push_utf8_string)                                                             \
    X(OSSL_PARAM_BLD_to_param)                                                                     \
    X(OSSL_PARAM_free)                                                                             \
    X(PEM_read_bio_PUBKEY)                                                                         \
    X(PEM_read_bio_X509)                                                                           \
    X(X509_free)                                                                                   \
    X(X509_get_pubkey)                                                                             \
    X(i2d_ECDSA_SIG)

struct LibCrypto
{
#define TOKENBENCH_LIBCRYPTO_POINTER(name) decltype(&::name) name = nullptr;
    TOKENBENCH_LIBCRYPTO_FUNCTIONS(TOKENBENCH_LIBCRYPTO_POINTER)
#undef TOKENBENCH_LIBCRYPTO_POINTER

    // The functions, loaded the first time; nullptr with the loader's words in `why` when
    // libcrypto 3 or one of them is missing.
    static const LibCrypto *load(QString *why = nullptr);
    // An error to return from an entry point when load() fails (`crypto.unavailable`).
    static std::optional<Error> unavailable();
};

// The loaded functions, where a caller has already checked that LibCrypto::load() succeeded.
const LibCrypto &libCrypto();
