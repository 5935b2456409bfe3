"""NUL bytes never reach the database (PostgreSQL cannot take them)."""


def test_nul_bytes_in_parameters_get_a_clear_400(client, db):
    response = client.get("/en/", {"q": "a\x00b"})
    assert response.status_code == 400
    assert b"not allowed" in response.content
    response = client.post("/en/", {"name": "x\x00"})
    assert response.status_code == 400
