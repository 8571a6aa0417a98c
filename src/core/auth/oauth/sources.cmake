# OAuth 2.0 and OpenID Connect for native apps: PKCE, the loopback redirect, discovery and the
# token endpoint's answers. The grants themselves live in auth/vendors/OAuth2Authenticator.
target_sources(tokenbench_core PRIVATE
    auth/oauth/Pkce.h auth/oauth/Pkce.cpp
    auth/oauth/OAuthMetadata.h auth/oauth/OAuthMetadata.cpp
    auth/oauth/OAuthTokenResponse.h auth/oauth/OAuthTokenResponse.cpp
    auth/oauth/LoopbackReceiver.h auth/oauth/LoopbackReceiver.cpp
)
