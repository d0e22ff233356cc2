def test_list_users(client):
    response = client.get("/users/")
    assert response.json()[0]["email"] == "ada@example.com"
