@errors @tokens
Feature: Every call needs a valid access token
  Every Zoho CRM API call carries "Authorization: Zoho-oauthtoken <access token>". These errors are not on the
  delink page; they are Zoho's answers seen on the wire: AUTHENTICATION_FAILURE "Authentication failed" without a
  token, INVALID_TOKEN "invalid oauth token" with one Zoho does not accept.

  Rule: A call without an access token is not authenticated

    Example: Delinking without an access token
      Given campaign C is linked to contact A
      And the caller presents no access token
      When contact A is delinked from campaign C
      Then the call is rejected with AUTHENTICATION_FAILURE
      And campaign C is still linked to contact A

  Rule: An access token Zoho does not accept is invalid

    Example: Delinking with a token Zoho never issued
      Given campaign C is linked to contact A
      And the caller presents an access token that Zoho never issued
      When contact A is delinked from campaign C
      Then the call is rejected with INVALID_TOKEN
      And campaign C is still linked to contact A

    Example: Delinking with an expired token
      Given campaign C is linked to contact A
      And the caller presents an access token that has expired
      When contact A is delinked from campaign C
      Then the call is rejected with INVALID_TOKEN
      And campaign C is still linked to contact A
